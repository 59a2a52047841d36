# Shared by scripts/run and scripts/test: install what is missing, then build.
# Sourced, not executed.

LIBRETA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LIBRETA_BUILD="${LIBRETA_BUILD:-$LIBRETA_ROOT/build}"
# ccache keys on paths relative to the checkout, so two clones (or git
# worktrees) of the project share one cache.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$LIBRETA_ROOT}"

libreta_sudo() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs the Debian packages listed in scripts/debian-packages.txt that are
# not installed yet (apt-get update first, as a fresh machine needs).
libreta_install_packages() {
  local wanted missing=()
  wanted=$(grep -v -E '^\s*(#|$)' "$LIBRETA_ROOT/scripts/debian-packages.txt")
  for pkg in $wanted; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing Debian packages: ${missing[*]}"
    libreta_sudo apt-get update
    libreta_sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  fi
}

# Release build with two jobs (what an office PC and CI have); ccache when present.
libreta_build() {
  cmake -S "$LIBRETA_ROOT" -B "$LIBRETA_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@"
  cmake --build "$LIBRETA_BUILD" -j 2
}
