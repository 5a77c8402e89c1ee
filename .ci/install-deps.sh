#!/usr/bin/env bash
# Installs the Debian 12 packages the project builds, tests and runs with. Nothing else is
# downloaded at build time. Uses sudo only when not root.
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-svg-dev qt6-charts-dev qt6-translations-l10n
  libsqlite3-dev libsqlitecpp-dev libboost-dev libboost-program-options-dev
  nlohmann-json3-dev libyaml-cpp-dev libxlsxwriter-dev catch2 zlib1g-dev libbenchmark-dev libsodium-dev
  fonts-noto-cjk fonts-noto-core xvfb xauth poppler-utils appstream desktop-file-utils
)
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
