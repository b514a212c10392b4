"""Build each teaching chapter's handout as a PDF of its own (two sides of A4 at most).

    python scripts/build_handouts.py [OUTPUT_DIR]

writes _build/handouts/handout-SLUG.tex and .pdf for every published teaching chapter (XeLaTeX,
in parallel), and copies the PDFs to OUTPUT_DIR (default _build/html/handouts) when given or
when the site has been built.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from calling_out_genocide.paths import REPO_ROOT
from calling_out_genocide.teaching.handout import handout_latex
from calling_out_genocide.teaching.materials import teaching_chapters
from calling_out_genocide.teaching.render import handout_pdf_name

WORK_DIR = REPO_ROOT / "_build" / "handouts"


def build(slug: str) -> Path:
    tex = WORK_DIR / f"handout-{slug}.tex"
    tex.write_text(handout_latex(slug), encoding="utf-8")
    result = subprocess.run(
        ["xelatex", "-interaction=nonstopmode", "-halt-on-error", tex.name],
        cwd=WORK_DIR,
        capture_output=True,
        text=True,
    )
    pdf = WORK_DIR / handout_pdf_name(slug)
    if result.returncode != 0 or not pdf.is_file():
        raise SystemExit(f"{tex}: XeLaTeX failed:\n{result.stdout[-3000:]}")
    return pdf


def main(argv: list[str]) -> int:
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    slugs = [c.slug for c in teaching_chapters()]
    with ThreadPoolExecutor(max_workers=4) as pool:
        pdfs = list(pool.map(build, slugs))
    target = Path(argv[0]) if argv else REPO_ROOT / "_build" / "html" / "handouts"
    if argv or (REPO_ROOT / "_build" / "html" / "index.html").is_file():
        target.mkdir(parents=True, exist_ok=True)
        for pdf in pdfs:
            shutil.copy2(pdf, target / pdf.name)
    print(f"Handouts built: {len(pdfs)} in {WORK_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
