#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages the course needs to build and test:
# Chromium (browser tests), XeLaTeX with the fonts and language support for every script the
# course prints (PDF edition), and poppler-utils (PDF checks and page images).
# Uses apt-get when it can (root, or passwordless sudo); otherwise prints the exact command.
set -euo pipefail

PACKAGES=(
  chromium
  texlive-xetex
  texlive-latex-recommended
  texlive-latex-extra
  texlive-fonts-recommended
  texlive-lang-arabic
  texlive-lang-cjk
  texlive-lang-chinese  # ctexhook.sty, which xeCJK (from texlive-lang-cjk) needs
  latexmk
  fonts-freefont-otf
  fonts-noto-core
  fonts-noto-cjk
  poppler-utils
  nodejs  # runs npm, which installs axe-core for the accessibility test
  default-jre-headless  # runs the W3C Nu HTML checker (vnu-jar)
)

missing=()
for pkg in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "System packages missing: ${missing[*]}"
if ! command -v apt-get >/dev/null 2>&1; then
  echo "This machine has no apt-get. Install the equivalents of these Debian packages with your"
  echo "system's package manager, then run the command again: ${missing[*]}"
  exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO="sudo -n"
else
  echo "Run this once as an administrator, then run the command again:"
  echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}"
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
# XeLaTeX finds fonts through fontconfig.
fc-cache -f >/dev/null 2>&1 || true
