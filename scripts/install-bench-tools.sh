#!/usr/bin/env bash
# Installs Lighthouse (from the npm registry) into .tools/bench/ for the benchmark script only;
# the test suite does not need it. Reinstalls only when missing or of another version.
set -euo pipefail
cd "$(dirname "$0")/.."
LIGHTHOUSE_VERSION="12.2.3"
BIN=".tools/bench/node_modules/.bin/lighthouse"
if [ -x "$BIN" ] && grep -q "\"version\": \"$LIGHTHOUSE_VERSION\"" \
  .tools/bench/node_modules/lighthouse/package.json; then
  exit 0
fi
mkdir -p .tools/bench
npm install --prefix .tools/bench --no-audit --no-fund --silent "lighthouse@$LIGHTHOUSE_VERSION"
