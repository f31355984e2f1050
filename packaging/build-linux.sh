#!/usr/bin/env bash
# Build gdviz as a program that needs no Python, from a clone:
#   dist/gdviz-VERSION-linux-x86_64.tar.gz   the one-folder bundle (gdviz-VERSION/gdviz)
#   dist/gdviz_VERSION_amd64.deb             the bundle in /opt/gdviz, /usr/bin/gdviz,
#                                            the menu entry and the icon
# PyInstaller (packaging/gdviz.spec) makes the bundle in a build venv of its own
# (build/venv: this clone's dependencies from PyPI, and PyInstaller). The spec and the
# bundle step are written for Windows and macOS too (run this script in Git Bash or a
# macOS shell: you get build/pyinstaller/gdviz/), but only Linux is built and tested;
# the .tar.gz and .deb steps run on Linux only.
#
#   packaging/build-linux.sh            PYTHON=python3.11 packaging/build-linux.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PYTHON=${PYTHON:-python3}
VENV=build/venv
started=$SECONDS

VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' gdviz/__init__.py)
[ -n "$VERSION" ] || { echo "build: no __version__ in gdviz/__init__.py" >&2; exit 1; }

case "$(uname -s)" in
  Linux*) os=linux bin=bin ;;
  Darwin*) os=macos bin=bin ;;
  MINGW* | MSYS* | CYGWIN*) os=windows bin=Scripts ;;
  *) echo "build: unknown system $(uname -s)" >&2; exit 1 ;;
esac

echo "build: gdviz $VERSION ($os), build venv $VENV"
[ -x "$VENV/$bin/python" ] || "$PYTHON" -m venv "$VENV"
py="$VENV/$bin/python"
"$py" -m pip install -q --disable-pip-version-check --upgrade pip
# The clone's dependencies (as its pyproject.toml pins them) and PyInstaller.
"$py" -m pip install -q --disable-pip-version-check . "pyinstaller>=6.10,<7"

rm -rf build/pyinstaller build/pyinstaller-work
"$py" -m PyInstaller --noconfirm --log-level WARN \
  --distpath build/pyinstaller --workpath build/pyinstaller-work packaging/gdviz.spec
bundle=build/pyinstaller/gdviz
if [ "$os" = linux ]; then  # its symbols: 19 MB nothing uses (see packaging/gdviz.spec)
  strip --strip-unneeded "$bundle"/_internal/llvmlite/binding/libllvmlite.so
fi
echo "build: bundle $bundle ($(du -sh "$bundle" | cut -f1))"

if [ "$os" != linux ]; then
  echo "build: done in $((SECONDS - started)) s (untested on $os: no .tar.gz or .deb)"
  exit 0
fi
arch=$(uname -m)
[ "$arch" = x86_64 ] || echo "build: note: built on $arch, named x86_64/amd64 as asked" >&2

# A quick look before packing: the bundle runs the lesson without any Python around.
env -i PATH=/usr/bin:/bin HOME="$(mktemp -d)" "$bundle/gdviz" --version

mkdir -p dist
tarball=dist/gdviz-$VERSION-linux-x86_64.tar.gz
deb=dist/gdviz_${VERSION}_amd64.deb
rm -f "$tarball" "$deb"

# The .tar.gz: gdviz-VERSION/ holding the bundle, its menu entry and icon.
stage=build/tar/gdviz-$VERSION
rm -rf build/tar && mkdir -p "$stage"
cp -a "$bundle/." "$stage/"
cp resources/gdviz.desktop resources/gdviz.svg "$stage/"
tar -C build/tar -czf "$tarball" "gdviz-$VERSION"
rm -rf build/tar

# The .deb: /opt/gdviz (the bundle), /usr/bin/gdviz -> /opt/gdviz/gdviz, the menu
# entry and the scalable icon.
root=build/deb/gdviz_${VERSION}_amd64
rm -rf build/deb && mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" \
  "$root/usr/share/applications" "$root/usr/share/icons/hicolor/scalable/apps" \
  "$root/usr/share/doc/gdviz"
cp -a "$bundle" "$root/opt/gdviz"
ln -s /opt/gdviz/gdviz "$root/usr/bin/gdviz"
install -m 644 resources/gdviz.desktop "$root/usr/share/applications/gdviz.desktop"
install -m 644 resources/gdviz.svg "$root/usr/share/icons/hicolor/scalable/apps/gdviz.svg"
cat >"$root/usr/share/doc/gdviz/copyright" <<EOF
gdviz $VERSION: MIT licence. The bundle in /opt/gdviz carries Python, Qt (LGPLv3, via
PySide6), numba and llvmlite, numpy, pandas, pyqtgraph, Pillow, python-calamine and
PyAV with FFmpeg, under their own licences (see /opt/gdviz/_internal/*.dist-info).
EOF
chmod -R u=rwX,go=rX "$root"
# Qt loads these from the system (the bundle carries the rest): OpenGL/EGL, fonts,
# X11/xcb and D-Bus libraries, as .ci/run installs them.
depends="libc6 (>= 2.36), libgl1, libegl1, libfontconfig1, libfreetype6, libx11-6,
 libx11-xcb1, libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4,
 libxcb-image0, libxcb-keysyms1, libxcb-render-util0, libxcb-shape0, libxcb-xkb1,
 libdbus-1-3, libglib2.0-0"
cat >"$root/DEBIAN/control" <<EOF
Package: gdviz
Version: $VERSION
Section: science
Priority: optional
Architecture: amd64
Maintainer: gdviz maintainers <maintainers@users.noreply.github.com>
Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f1)
Depends: $depends
Description: watch gradient descent train a model
 gdviz shows gradient descent training a model, live: the loss, the fitted
 sigmoid, the loss landscape, learning-rate experiments; 'gdviz train' and
 'gdviz export' run the same lesson on the command line. This package carries
 its own Python and libraries in /opt/gdviz.
EOF
dpkg-deb --root-owner-group -Zgzip --build "$root" "$deb" >/dev/null
rm -rf build/deb

echo "build: $tarball ($(du -h "$tarball" | cut -f1)), $deb ($(du -h "$deb" | cut -f1))"
echo "build: done in $((SECONDS - started)) s"
