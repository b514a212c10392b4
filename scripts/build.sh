#!/usr/bin/env bash
# Builds the whole course into _build/: the website (_build/html).
# Every notebook is executed (unchanged ones come from the execution cache); any notebook
# error or any Sphinx warning fails the build, after listing them all.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-packages.sh
source scripts/python-env.sh

jupyter-book build . --builder html --warningiserror --keep-going
echo "Site built: _build/html/index.html"
