#!/usr/bin/env bash
# Debian/Ubuntu packages acctdesk needs on Linux: Qt's runtime libraries, a CJK font for screens
# and PDFs, poppler-utils for the PDF tests, and PostgreSQL for the team-book tests.
# Windows and macOS need none of these. Run as root (or with sudo).
set -euo pipefail

packages=(
  # Qt 6 (PySide6) runtime: OpenGL/EGL, xkb, fontconfig, dbus, and the xcb platform plugin
  libegl1 libgl1 libopengl0 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  # a real window on a virtual screen, for screenshots of the app under X
  xvfb xauth
  # Chinese text on screen and in PDFs (TrueType outlines, embeddable by reportlab)
  fonts-wqy-microhei
  # pdffonts / pdftoppm / pdftotext for checking the PDFs we write
  poppler-utils
  # the shared team book's database server
  postgresql
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
echo "Debian packages installed: ${packages[*]}"
