#!/usr/bin/env bash
# Sourced by build.sh and test.sh: creates or reuses .venv and installs the pinned packages
# and the course package. Reinstalls only when requirements.txt or pyproject.toml change.
set -euo pipefail

PYTHON_BIN="${PYTHON:-}"
if [ -z "$PYTHON_BIN" ]; then
  for candidate in python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1; then PYTHON_BIN="$candidate"; break; fi
  done
fi
if [ -z "$PYTHON_BIN" ]; then
  echo "Python 3.11 is needed: install it (Debian: apt-get install python3 python3-venv)." >&2
  exit 1
fi
if ! "$PYTHON_BIN" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then
  echo "Python 3.11 or newer is needed; $PYTHON_BIN is $("$PYTHON_BIN" --version)." >&2
  exit 1
fi

VENV=".venv"
if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON_BIN" -m venv "$VENV" || {
    echo "Could not create a virtual environment. On Debian: apt-get install python3-venv" >&2
    exit 1
  }
fi

stamp="$VENV/.installed-from"
want="$(cat requirements.txt pyproject.toml | sha256sum | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r requirements.txt
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps -e .
  # The notebooks' kernel is this environment's Python.
  "$VENV/bin/python" -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (course)" >/dev/null
  echo "$want" > "$stamp"
fi

export PATH="$PWD/$VENV/bin:$PATH"
