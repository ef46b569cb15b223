#!/usr/bin/env bash
# Build the one-folder QuickReply bundle for this system and prove it works.
#
#     bash installer/build.sh OUTDIR            # with the current python3 (installs what is missing into it)
#     QUICKREPLY_BUILD_VENV=1 bash installer/build.sh OUTDIR   # in a fresh venv OUTDIR/venv instead
#
# OUTDIR/QuickReply is the bundle (OUTDIR/work holds PyInstaller's intermediate files). The script runs the built
# program's --selftest, --version and `search tk` on a temporary home, then prints the bundle's path, size and the
# selftest's wall time. Any failure exits non-zero. Set PYTHON to use another interpreter.
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: bash installer/build.sh OUTDIR" >&2
    exit 2
fi
root="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$1"
out="$(cd "$1" && pwd)"
python="${PYTHON:-python3}"
fail() { echo "build.sh: $*" >&2; exit 1; }

if [ "${QUICKREPLY_BUILD_VENV:-}" = "1" ]; then
    echo "== fresh venv in $out/venv"
    "$python" -m venv "$out/venv" || fail "could not create a venv"
    python="$out/venv/bin/python"
    "$python" -m pip install -q --disable-pip-version-check "$root[build]" || fail "could not install QuickReply and PyInstaller"
elif ! "$python" -c "import PyInstaller, quickreply, PySide6" 2>/dev/null; then
    # Only when something is missing: reinstalling an editable package that is already there would pull it from
    # under anything else running on this Python for a moment.
    echo "== installing QuickReply with its build extra (PyInstaller, Pillow) into $("$python" -c 'import sys; print(sys.prefix)')"
    "$python" -m pip install -q --disable-pip-version-check -e "$root[build]" 2>&1 |
        grep -v -e "Running pip as the 'root' user" -e "^WARNING: Location" || true
    "$python" -c "import PyInstaller, quickreply, PySide6" || fail "could not install PyInstaller and QuickReply"
fi

echo "== PyInstaller $("$python" -c 'import PyInstaller; print(PyInstaller.__version__)') building into $out"
started=$(date +%s)
"$python" -m PyInstaller --noconfirm --clean --log-level WARN --distpath "$out" --workpath "$out/work" \
    "$root/installer/quickreply.spec" || fail "PyInstaller failed"
bundle="$out/QuickReply"
exe="$bundle/quickreply"
[ -x "$exe" ] || fail "no executable at $exe"
echo "== built in $(($(date +%s) - started)) s"

# The Linux desktop entry and icons travel inside the bundle; install.sh adds them to the agent's menu.
cp "$root/installer/linux/quickreply.desktop" "$root/installer/linux/install.sh" "$bundle/"
mkdir -p "$bundle/icons"
cp "$root"/resources/icons/quickreply-*.png "$root/resources/icons/quickreply.svg" "$bundle/icons/"
cat >"$bundle/README.txt" <<'TEXT'
快捷回复 QuickReply

Start:        ./quickreply                 (the tray app; Ctrl+Alt+Q opens the search popup)
Menu entry:   ./install.sh                 (adds 快捷回复 to the application menu; ./install.sh --remove takes it out)
Check:        ./quickreply --selftest      (exit 0 when everything works)
Command line: ./quickreply --help

Your library lives in ~/.local/share/QuickReply, never in this folder: replacing the folder with a newer
version keeps it.
TEXT

home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
echo "== $exe --selftest"
t0=$(date +%s.%N)
QT_QPA_PLATFORM=offscreen "$exe" --selftest || fail "the bundle's selftest failed"
t1=$(date +%s.%N)
echo "== $exe --version"
"$exe" --version || fail "--version failed"
echo "== $exe search tk --home $home"
"$exe" search tk --home "$home" --limit 3 | tee "$home/search.txt" || fail "search failed"
grep -q "退款到账时间" "$home/search.txt" || fail "search tk did not find 退款到账时间"

echo "== bundle: $bundle"
echo "size: $(du -sh "$bundle" | cut -f1)"
echo "selftest wall time: $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f s", b - a }')"
