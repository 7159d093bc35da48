#!/usr/bin/env bash
# Runs every test of Sportello on a fresh Debian/Ubuntu machine, installing what is missing first:
# system packages (as root, through apt), node modules (npm ci, native modules compiled here),
# then typecheck, lint, build, unit, shell, integration and end-to-end tests. Exits non-zero if
# anything fails. Usage: npm test   (or: bash scripts/test.sh)
set -uo pipefail
cd "$(dirname "$0")/.."

say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

# --- 1. System packages -------------------------------------------------------------------------
# build tools + libsecret headers compile better-sqlite3 and keytar; gnome-keyring and dbus give
# the tests a real OS keychain; chromium runs the end-to-end tests; fonts make screenshots legible.
system_packages=(build-essential python3 pkg-config libsecret-1-dev gnome-keyring dbus-x11 chromium fonts-dejavu-core fonts-liberation fonts-noto-color-emoji)
missing=()
for package in "${system_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if ((${#missing[@]})); then
  say "Installing system packages: ${missing[*]}"
  if [ "$(id -u)" = 0 ]; then sudo=(); elif command -v sudo >/dev/null; then sudo=(sudo); else
    echo "Missing system packages: ${missing[*]}. Install them with: apt-get install ${missing[*]}" >&2
    exit 1
  fi
  "${sudo[@]}" apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ||
    { echo "apt-get could not install: ${missing[*]}" >&2; exit 1; }
fi

# --- 2. Node modules ----------------------------------------------------------------------------
# The tests never start the Electron runtime (the shell is tested against a fake module, the UI in
# Chromium through the browser host), so its download is skipped. Native modules build from
# source: their prebuilt-binary download would go to hosts this machine may not reach.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "Installing node modules (npm ci; compiles better-sqlite3 and keytar)"
  ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm_config_build_from_source=true npm ci --no-audit --no-fund || exit 1
fi
node -e "new (require('better-sqlite3'))(':memory:').close(); require('keytar')" ||
  { echo "Native modules do not load; delete node_modules and run again." >&2; exit 1; }

# --- 3. Checks and tests ------------------------------------------------------------------------
failed=()
stage() {
  local name=$1
  shift
  say "$name"
  if "$@"; then echo "-- $name: ok"; else echo "-- $name: FAILED"; failed+=("$name"); fi
}

stage "typecheck" npm run --silent typecheck
stage "lint" npm run --silent lint
stage "build" npx electron-vite build

# The keychain tests need a D-Bus session with an unlocked gnome-keyring, as a desktop has. Its
# keyring files go to a fresh folder, so no keyring left by an earlier run (with another password)
# is found locked.
in_keychain_session() {
  local keyrings
  keyrings=$(mktemp -d)
  XDG_DATA_HOME=$keyrings dbus-run-session -- sh -c 'echo -n sportello-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' sh "$@"
  local status=$?
  rm -rf "$keyrings"
  return $status
}
stage "unit and shell tests" npx vitest run --project unit --project shell
stage "integration tests" in_keychain_session npx vitest run --project integration
stage "end-to-end tests" in_keychain_session npx playwright test

say "Summary"
if ((${#failed[@]})); then
  echo "Failed: ${failed[*]}"
  exit 1
fi
echo "All checks passed."
