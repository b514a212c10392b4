#!/usr/bin/env bash
# Builds the whole course into _build/: the website (_build/html) and the two PDFs, the
# students' and community groups' edition (_build/latex/calling-out-genocide.pdf) and the
# teachers' "Sources and methods" (_build/latex/sources-and-methods.pdf), both also offered
# for download at _build/html/, with the whole site as an offline zip
# (_build/html/calling-out-genocide-site.zip).
# Notebooks are shown with their stored outputs (scripts/execute_notebooks.py stores them; the
# tests prove them fresh with nbval). Any Sphinx warning fails the build, after listing them all.
#   bash scripts/build.sh          the site and both PDFs (the README's build command)
#   bash scripts/build.sh html     the site only: the quick preview for authors
#   bash scripts/build.sh pdf      the PDFs only
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:-all}"
case "$target" in
  all|html|pdf) ;;
  *) echo "usage: bash scripts/build.sh [all|html|pdf]" >&2; exit 2 ;;
esac
bash scripts/install-system-packages.sh
source scripts/python-env.sh

# Sphinx re-reads a page when the page or the configuration changes, not when the course's own
# code that renders pages does: a change to the package's Python (not to its CSS, JavaScript or
# templates, which Sphinx itself picks up) starts the pages again from scratch.
code_hash="$(find src -type f \( -name '*.py' -o -name '*.json' \) \
  ! -path '*/__pycache__/*' -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)"
mkdir -p _build
if [ "$(cat _build/.code-hash 2>/dev/null)" != "$code_hash" ]; then
  rm -rf _build/.doctrees _build/html _build/latex _build/jupyter_execute
  echo "$code_hash" > _build/.code-hash
fi

# -n (--nitpick): a reference to a page or section that does not exist fails the build.
if [ "$target" != "pdf" ]; then
  jupyter-book build . --builder html --warningiserror --nitpick --keep-going
  # Sphinx copies static files only when some page is rewritten: copy the course's own, so that
  # an edited course.css or quiz.js always reaches the site.
  cp src/calling_out_genocide/static/* _build/html/_static/
  echo "Site built: _build/html/index.html"
fi
[ "$target" = "html" ] && exit 0

# The PDF editions, through LaTeX with XeLaTeX.
pdf_start=$(date +%s.%N)
rm -rf _build/latex  # latexmk acts on files left by an earlier run (an old index, say)
jupyter-book build . --builder pdflatex --warningiserror --nitpick --keep-going
# Each chapter's handout for learners: a short PDF of its own, from teaching/.
python scripts/build_handouts.py
python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" \
  "$pdf_start" "$(date +%s.%N)" > _build/pdf-build-seconds.txt
# Beside the site, when it has been built: the PDFs, and the whole site, PDFs included, as one
# zip that works offline (from disk or a local server).
if [ -f _build/html/index.html ]; then
  cp _build/latex/calling-out-genocide.pdf _build/latex/sources-and-methods.pdf \
    _build/latex/teachers-edition.pdf _build/html/
  python scripts/make_offline_zip.py
fi
echo "PDFs built: _build/latex/calling-out-genocide.pdf (students and community groups) and"
echo "  _build/latex/teachers-edition.pdf and sources-and-methods.pdf (teachers), with a handout"
echo "  per chapter in _build/handouts, in $(cat _build/pdf-build-seconds.txt) s"
