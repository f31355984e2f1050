#!/usr/bin/env bash
# Install dist/gdviz_*.deb (built by packaging/build-linux.sh), check it as a user
# without Python would use it, then remove it: the machine is left as found.
# Run as root (CI). Needs Xvfb, xauth and xdotool (.ci/run installs them).
#
#   packaging/test-deb.sh [path/to/gdviz_VERSION_amd64.deb]
#
# With a clean environment (env -i PATH=/usr/bin:/bin HOME=<temp>, no venv):
#   - `gdviz train` prints the lesson's reference output (tests/core/test_cli.py),
#     also as an unprivileged user (nobody) whose numba cache is in its own home;
#   - `gdviz export --out DIR` writes the pictures (PNG files);
#   - `gdviz` opens a window named gdviz under Xvfb, which closes on Ctrl+Q;
#   - the menu entry is valid and its Exec and Icon resolve.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

deb=${1:-}
if [ -z "$deb" ]; then
  debs=(dist/gdviz_*_amd64.deb)
  [ -e "${debs[0]}" ] || { echo "test-deb: no dist/gdviz_*_amd64.deb: run packaging/build-linux.sh" >&2; exit 1; }
  deb=${debs[-1]}
fi
[ "$(id -u)" = 0 ] || { echo "test-deb: run as root (it installs and removes the package)" >&2; exit 1; }
if dpkg-query -W -f='${Status}' gdviz 2>/dev/null | grep -q "install ok installed"; then
  echo "test-deb: gdviz is installed already; not touching it (dpkg -r gdviz first)" >&2
  exit 1
fi

tmp=$(mktemp -d)
chmod 755 "$tmp"
cleanup() {
  status=$?
  if dpkg-query -W -f='${Status}' gdviz 2>/dev/null | grep -q "install ok installed"; then
    dpkg -r gdviz >/dev/null
  fi
  rm -rf "$tmp"
  if [ -e /opt/gdviz ] || [ -e /usr/bin/gdviz ]; then
    echo "test-deb: FAIL: /opt/gdviz or /usr/bin/gdviz left after dpkg -r" >&2
    status=1
  fi
  exit $status
}
trap cleanup EXIT
fail() {
  echo "test-deb: FAIL: $*" >&2
  exit 1
}

echo "test-deb: installing $deb"
dpkg -i "$deb" >/dev/null

# What the package put where.
[ -x /opt/gdviz/gdviz ] || fail "/opt/gdviz/gdviz is not an executable"
[ "$(readlink -f /usr/bin/gdviz)" = /opt/gdviz/gdviz ] || fail "/usr/bin/gdviz does not lead to /opt/gdviz/gdviz"
[ -f /usr/share/icons/hicolor/scalable/apps/gdviz.svg ] || fail "no icon"
[ -f /usr/share/applications/gdviz.desktop ] || fail "no menu entry"
for code in de es; do  # the window's catalogues (View ▸ Language, gdviz --lang)
  found=$(find /opt/gdviz -name "gdviz_$code.qm" -size +10k | head -n 1)
  [ -n "$found" ] || fail "no gdviz_$code.qm in /opt/gdviz"
done

# A clean environment: no venv, no Python on PATH that gdviz could lean on.
clean() {
  local home=$1
  shift
  env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 "$@"
}
mkdir -p "$tmp/home"

# 1. The lesson, exactly (the reference the tests hold).
sed -n '/^REFERENCE = """\\$/,/^"""$/p' tests/core/test_cli.py | sed '1d;$d' >"$tmp/reference.txt"
[ "$(wc -l <"$tmp/reference.txt")" -ge 10 ] || fail "could not read the reference from tests/core/test_cli.py"
clean "$tmp/home" gdviz train >"$tmp/train.txt" 2>"$tmp/train.err" || fail "gdviz train exited $?: $(cat "$tmp/train.err")"
diff -u "$tmp/reference.txt" "$tmp/train.txt" || fail "gdviz train's output is not the lesson's reference"
[ ! -s "$tmp/train.err" ] || fail "gdviz train wrote to stderr: $(cat "$tmp/train.err")"
if [ -x .venv/bin/gdviz ]; then  # and the same as the venv's gdviz, if there is one
  .venv/bin/gdviz train | diff -u - "$tmp/train.txt" || fail "gdviz train differs from .venv/bin/gdviz train"
fi
echo "test-deb: gdviz train prints the lesson's reference output"

# 1b. As an unprivileged user: /opt is read-only to it, numba caches in its home.
if command -v setpriv >/dev/null; then
  mkdir -p "$tmp/nobody" && chown nobody "$tmp/nobody"
  clean "$tmp/nobody" setpriv --reuid=nobody --regid=nogroup --clear-groups gdviz train \
    >"$tmp/train-nobody.txt" || fail "gdviz train as nobody exited $?"
  diff -u "$tmp/reference.txt" "$tmp/train-nobody.txt" || fail "gdviz train as nobody differs"
  echo "test-deb: gdviz train as nobody too"
fi

# 2. The pictures, headless.
clean "$tmp/home" gdviz export --out "$tmp/out" >"$tmp/export.txt" 2>&1 || fail "gdviz export: $(cat "$tmp/export.txt")"
for name in fit loss landscape dashboard; do
  png=$tmp/out/$name.png
  [ -s "$png" ] || fail "gdviz export wrote no $name.png"
  [ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "$name.png is not a PNG"
done
[ -s "$tmp/out/history.csv" ] && [ -s "$tmp/out/session.gdviz.json" ] || fail "no history.csv or session"
echo "test-deb: gdviz export wrote $(ls "$tmp/out" | tr '\n' ' ')"
# Its training and landscape ran numba's kernels, compiled and cached in the home (the
# bundle falls back to slow numpy loops, silently, if numba cannot be imported).
nbi=$(find "$tmp/home/.cache/numba" -name '*.nbi' | wc -l)
[ "$nbi" -ge 2 ] || fail "numba cached no kernels in ~/.cache/numba: numba did not run frozen"
echo "test-deb: numba compiled and cached $nbi kernels in ~/.cache/numba"

# 3. The window, on Xvfb: it appears (named gdviz), then closes on Ctrl+Q.
cat >"$tmp/window.sh" <<'EOF'
set -u
GDVIZ_ASK_TO_SAVE=0 gdviz --lang "$LANG_ASKED" >"$OUT/window.out" 2>&1 &
pid=$!
window=$(timeout 60 xdotool search --sync --onlyvisible --name '^gdviz$' | head -n 1)
if [ -z "$window" ]; then
  echo "no window named gdviz within 60 s" >&2
  kill "$pid" 2>/dev/null
  exit 1
fi
echo "window $window"
xdotool windowfocus --sync "$window"
xdotool key ctrl+q
for _ in $(seq 100); do
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
if kill -0 "$pid" 2>/dev/null; then
  echo "gdviz did not quit on Ctrl+Q" >&2
  kill "$pid"
  exit 1
fi
wait "$pid"
EOF
for code in en de; do
  clean "$tmp/home" OUT="$tmp" XDG_RUNTIME_DIR="$tmp" LANG_ASKED="$code" \
    xvfb-run -a -s "-screen 0 1400x900x24 -nolisten tcp" bash "$tmp/window.sh" \
    || fail "the window ($code): $(cat "$tmp/window.out" 2>/dev/null)"
  ! grep -q Traceback "$tmp/window.out" || fail "the window wrote a traceback: $(cat "$tmp/window.out")"
  echo "test-deb: the window appeared and closed (--lang $code)"
done

# 4. The menu entry: valid, Exec is gdviz and found on PATH, the icon installed.
desktop=/usr/share/applications/gdviz.desktop
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$desktop" || fail "desktop-file-validate $desktop"
else
  head -n 1 "$desktop" | grep -qx '\[Desktop Entry\]' || fail "$desktop: no [Desktop Entry]"
  grep -qx 'Type=Application' "$desktop" || fail "$desktop: no Type=Application"
  grep -q '^Name=.' "$desktop" || fail "$desktop: no Name"
fi
exec_line=$(sed -n 's/^Exec=//p' "$desktop")
[ "${exec_line%% *}" = gdviz ] || fail "$desktop: Exec is '$exec_line', not gdviz"
[ "$(env -i PATH=/usr/bin:/bin sh -c 'command -v gdviz')" = /usr/bin/gdviz ] || fail "Exec=gdviz is not on PATH"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[ -f "/usr/share/icons/hicolor/scalable/apps/$icon.svg" ] || fail "$desktop: Icon=$icon not installed"
echo "test-deb: the menu entry is valid (Exec=$exec_line, Icon=$icon)"

dpkg -r gdviz >/dev/null
echo "test-deb: removed; all checks passed"
