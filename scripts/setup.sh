#!/usr/bin/env bash
# One set-up step for `make run` and `make test`: system packages (where missing), then .venv.
# Debian/Ubuntu: installs with apt as root or with sudo. Elsewhere: prints the command to run.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}

APT_PKGS=(
  # Qt 6 runtime for the offscreen and xcb platforms
  libglib2.0-0 libgl1 libegl1 libx11-6 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3
  libx11-xcb1 libxkbcommon-x11-0 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0
  libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1
  # QtMultimedia (speech playback) needs PulseAudio's client library; the tests play into a
  # private PulseAudio null sink of their own (tests/audio_sink.py), recorded with parec
  libpulse0 pulseaudio pulseaudio-utils
  # Without any font Qt draws empty boxes
  fonts-dejavu-core
  # OpenDyslexic, offered in the reading settings where installed
  fonts-opendyslexic
  # fc-match finds the file of the reader's font for the large-print PDF export
  fontconfig
  # Virtual screen, key injection and screenshots for the end-to-end tests and `xvfb-run make run`
  xvfb xauth x11-utils xdotool
  # Speech: pyttsx3's espeak driver loads libespeak-ng; sox checks the audio it writes
  espeak-ng libespeak-ng1 sox
  # AT-SPI: the accessibility bus, read from outside as a screen reader does
  dbus at-spi2-core python3-pyatspi gir1.2-atspi-2.0 python3-gi
  # The real Orca screen reader, for the end-to-end check of what it speaks
  orca
  python3-venv
  # make test validates the desktop entry and the software-centre metainfo
  desktop-file-utils appstream
  # make package-test: a fresh Debian 12 root for the .deb, and strace to see what the
  # wheel's first start runs
  debootstrap strace poppler-utils
  # The mail tests run a real IMAP server with its own configuration and certificate
  dovecot-imapd openssl
  # Export checks by other people's tools: axe-core runs in headless Chromium (driven through
  # chromedriver), poppler reads the PDF's tags, LibreOffice opens the DOCX
  chromium chromium-driver poppler-utils libreoffice-writer-nogui
)
# npm installs the pinned axe-core; a Node.js from elsewhere brings its own npm.
command -v npm >/dev/null 2>&1 || APT_PKGS+=(npm)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${APT_PKGS[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else SUDO="none"; fi
    if [ "$SUDO" = none ]; then
      echo "Helder needs these system packages; run as root:" >&2
      echo "  apt-get install -y ${missing[*]}" >&2
      exit 1
    fi
    echo "Installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get -o DPkg::Lock::Timeout=900 update -qq
    $SUDO apt-get -o DPkg::Lock::Timeout=900 install -y -qq --no-install-recommends "${missing[@]}"
  fi
else
  echo "Not a Debian-like system: install Qt's runtime libraries, espeak-ng and sox yourself" >&2
  echo "(macOS: brew install espeak-ng sox; Windows: nothing, SAPI5 speaks)." >&2
fi

stamp=.venv/.helder-installed
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
# Reinstall only when the dependency list changed.
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e '.[dev]'
  touch "$stamp"
fi

# axe-core for the HTML export tests, at the version pinned in tests/axe/package-lock.json.
if [ ! -f tests/axe/node_modules/axe-core/axe.min.js ] \
    || [ tests/axe/package-lock.json -nt tests/axe/node_modules/axe-core/axe.min.js ]; then
  npm ci --prefix tests/axe --no-audit --no-fund --loglevel=error
fi
