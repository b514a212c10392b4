#!/usr/bin/env bash
# Runs every test: lint, unit tests, nbval (strict) over every notebook, the book build,
# and the real-browser tests of the built site. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-packages.sh
source scripts/python-env.sh

ruff check src tests scripts
ruff format --check src tests scripts
python -m pytest "$@"
