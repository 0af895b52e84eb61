#!/usr/bin/env bash
# Wrap the PyInstaller one-folder bundle in a Debian package (Debian 12 and later, amd64).
# zstd: xz took 5 minutes for the 380 MB bundle; dpkg reads zstd since Debian 12.
#   bash packaging/build-deb.sh BUNDLE_DIR OUT_DIR
# Installs the bundle under /usr/lib/helder, a `helder` command in /usr/bin, the desktop entry,
# the metainfo and the hicolor icons. dpkg's triggers (desktop-file-utils, hicolor-icon-theme)
# refresh the menus and icon caches, so no maintainer scripts are needed.
set -euo pipefail
cd "$(dirname "$0")/.."
BUNDLE=${1:?bundle folder (build/bundle/helder)}
OUT=${2:?output folder}
VERSION=$(.venv/bin/python -c 'import reader; print(reader.__version__)')
ARCH=$(dpkg --print-architecture)
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT

mkdir -p "$STAGE/DEBIAN" "$STAGE/usr/lib" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/metainfo" "$STAGE/usr/share/doc/helder" \
  "$STAGE/usr/share/icons/hicolor/scalable/apps"
cp -a "$BUNDLE" "$STAGE/usr/lib/helder"
ln -s ../lib/helder/helder "$STAGE/usr/bin/helder"
install -m 644 packaging/nl.helder.Helder.desktop "$STAGE/usr/share/applications/"
install -m 644 packaging/nl.helder.Helder.metainfo.xml "$STAGE/usr/share/metainfo/"
install -m 644 reader/assets/icons/nl.helder.Helder.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/"
for png in reader/assets/icons/helder-*.png; do
  size=${png##*-}; size=${size%.png}
  install -D -m 644 "$png" "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/nl.helder.Helder.png"
done
.venv/bin/python packaging/deb_copyright.py > "$STAGE/usr/share/doc/helder/copyright"

# Depends: what the bundle does not carry. espeak-ng speaks (Helder runs the program);
# Qt loads GL and draws with a system font; fontconfig finds the PDF's font; the AT-SPI bus
# carries the screen reader's view. Recommends: what makes it better where wanted.
cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: helder
Version: $VERSION
Architecture: $ARCH
Maintainer: The Helder developers
Installed-Size: $(du -sk "$STAGE/usr" | cut -f1)
Section: text
Priority: optional
Depends: libc6 (>= 2.36), espeak-ng, libgl1, libegl1, libxkbcommon0, libxkbcommon-x11-0, libxcb1, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0, libxcb-render-util0, libxcb-shape0, libxcb-xinerama0, libxcb-xkb1, libfontconfig1, fontconfig, fonts-dejavu-core, libdbus-1-3
Recommends: at-spi2-core, libpulse0, fonts-opendyslexic
Suggests: orca
Description: accessible newsletter reader
 Helder splits newsletters into their items and lets you read them with the
 keyboard alone, with a screen reader, in large high-contrast text, or read
 aloud. Written for Dutch political officeholders with a disability and the
 assistants who prepare their briefings; the interface speaks Dutch and English.
CONTROL
mkdir -p "$OUT"
dpkg-deb --root-owner-group -Zzstd --build "$STAGE" "$OUT/helder_${VERSION}_${ARCH}.deb"
