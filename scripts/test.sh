#!/usr/bin/env bash
# Runs every test: lint, unit tests, nbval (strict) over every notebook, the book build,
# and the real-browser tests of the built site. Extra arguments go to pytest.
#   bash scripts/test.sh --quick   lint, unit and fast Sphinx tests only: run this first
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-packages.sh
source scripts/python-env.sh

ruff check src tests scripts
ruff format --check src tests scripts
if [ "${1:-}" = "--quick" ]; then
  # Lint, unit and fast Sphinx tests: no full build, no browser, no notebooks (seconds).
  shift
  python -m pytest tests -m "not build and not browser" "$@"
else
  bash scripts/install-test-tools.sh
  python -m pytest "$@"
fi
