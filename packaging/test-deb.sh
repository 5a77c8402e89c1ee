#!/usr/bin/env bash
# Builds conformance-workbench_<version>_amd64.deb and proves it installs and runs on a fresh
# Debian 12: a minimal bookworm root made with debootstrap, `apt-get install ./the.deb` inside it,
# then the installed programs run there. Needs root, network access to Debian's mirror and ~1 GB.
# Usage: packaging/test-deb.sh [ROOT_DIR]
#   CW_BUILD_DIR=build/ci packaging/test-deb.sh   packages an existing build instead of building
#                                                 the release preset
set -euo pipefail
cd "$(dirname "$0")/.."
root=${1:-/tmp/cw-cleanroot}
export DEBIAN_FRONTEND=noninteractive
command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap
bash .ci/install-deps.sh
build=${CW_BUILD_DIR:-build/release}
if [ -z "${CW_BUILD_DIR:-}" ]; then
  cmake --preset release -DCW_BUILD_TESTS=OFF >/dev/null
  cmake --build --preset release
fi
rm -f "$build"/conformance-workbench_*_amd64.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/conformance-workbench_*_amd64.deb | tail -1)
echo "== package: $deb"
dpkg-deb --info "$deb" | grep -E '^ (Package|Version|Depends|Recommends|Installed-Size):'
dpkg-deb --contents "$deb" | awk '{print $6}' | grep -E 'bin/|applications|metainfo|mime|hicolor/scalable|man1|catalogs/iso' 
if command -v lintian >/dev/null; then lintian --no-tag-display-limit "$deb" || true; fi

if [ ! -x "$root/usr/bin/apt-get" ]; then
  rm -rf "$root"
  debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian >/dev/null
fi
cp "$deb" "$root/tmp/"
mount -t proc proc "$root/proc" 2>/dev/null || true
trap 'umount "$root/proc" 2>/dev/null || true' EXIT
chroot "$root" /bin/sh -c "apt-get update -qq && apt-get install -y -qq /tmp/$(basename "$deb")" >/dev/null
echo "== installed in a clean bookworm root"
chroot "$root" conformance --version
chroot "$root" conformance-workbench --version
chroot "$root" /bin/sh -c 'rm -f /tmp/demo.cwb && conformance init /tmp/demo.cwb --demo --lang zh && conformance info /tmp/demo.cwb && conformance check /tmp/demo.cwb'
chroot "$root" /bin/sh -c 'QT_QPA_PLATFORM=offscreen timeout 20 conformance-workbench --version'
chroot "$root" /bin/sh -c 'test -f /usr/share/applications/org.conformanceworkbench.ConformanceWorkbench.desktop && test -f /usr/share/mime/packages/conformance-workbench-mime.xml && test -f /usr/share/man/man1/conformance.1 && echo "desktop, MIME and man page installed"'
echo "== OK"
