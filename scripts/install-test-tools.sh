#!/usr/bin/env bash
# Installs the test tools the suite needs into .tools/ (from the npm registry): axe-core, which
# the accessibility test injects into every page, and the W3C Nu HTML checker (vnu-jar, run
# with Java). Reinstalls only when missing or of another version.
set -euo pipefail
cd "$(dirname "$0")/.."
AXE_VERSION="4.14.1"
VNU_VERSION="26.9.27"
if [ -f ".tools/node_modules/axe-core/axe.min.js" ] \
  && grep -q "\"version\": \"$AXE_VERSION\"" .tools/node_modules/axe-core/package.json \
  && [ -f ".tools/node_modules/vnu-jar/build/dist/vnu.jar" ] \
  && grep -q "\"version\": \"$VNU_VERSION\"" .tools/node_modules/vnu-jar/package.json; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo -n"; fi
  $SUDO apt-get install -y -qq --no-install-recommends npm || {
    echo "npm is needed for the accessibility test: apt-get install npm" >&2
    exit 1
  }
fi
mkdir -p .tools
npm install --prefix .tools --no-audit --no-fund --silent \
  "axe-core@$AXE_VERSION" "vnu-jar@$VNU_VERSION"
