#!/usr/bin/env bash
# Installs the system packages the tests (`test`) or the desktop app (`start`) need, before npm runs anything.
#
# On Debian and Ubuntu it installs whatever is missing with apt-get (through sudo when not root) and does nothing
# when all is there. Elsewhere it checks for the same things and, if any is missing, prints one message naming
# all of them and exits 1, so nothing starts half-way.
set -euo pipefail

purpose="${1:-test}"
case "$purpose" in
  test | start) ;;
  *) echo "Usage: bash scripts/system-packages.sh [test|start]" >&2; exit 2 ;;
esac

# -- what is needed, in Debian package names, with a plain description for other systems ------------------------

# The shared libraries Electron's runtime (and Chromium) loads; Debian 13 and Ubuntu 24.04 renamed some to *t64.
runtime_libraries=(libnss3 libgtk-3-0 libgbm1 libasound2 libxss1 libxtst6 libatk-bridge2.0-0 libcups2 libdrm2 libxkbcommon0)

describe() {
  case "$1" in
    chromium) echo "Chromium at /usr/bin/chromium, or set CHROMIUM_PATH to a Chromium or Chrome" ;;
    poppler-utils) echo "poppler-utils (pdftotext, pdftoppm)" ;;
    unzip) echo "unzip" ;;
    openssl) echo "openssl (the office server's TLS test makes a certificate with it)" ;;
    postgresql) echo "PostgreSQL 15 or later (initdb and postgres on the PATH)" ;;
    *) echo "$1" ;;
  esac
}

wanted=()
if [ "$purpose" = test ]; then
  wanted=(chromium poppler-utils unzip fonts-dejavu-core fonts-liberation postgresql openssl)
else
  wanted=("${runtime_libraries[@]}")
fi

node_problem=""
if ! command -v node >/dev/null 2>&1; then
  node_problem="Node.js 20.19 or later (nodejs.org)"
elif ! node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>20||(a===20&&b>=19)?0:1)'; then
  node_problem="Node.js 20.19 or later (this machine has $(node --version))"
fi

# -- Debian and Ubuntu: ask dpkg what is installed and apt-get for the rest -----------------------------------

is_debian() { command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; }

# Each reads the whole answer before matching it: with pipefail, `... | grep -q` fails at random when grep stops
# reading early and the writer is killed by SIGPIPE (that once left Chromium uninstalled).
installed() { [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" == *'install ok installed'* ]]; }

has_candidate() { [[ "$(apt-cache policy "$1" 2>/dev/null)" =~ Candidate:\ [^\(] ]]; }

# The name this release installs a library under: the *t64 one where it exists.
release_name() {
  if installed "$1" || installed "${1}t64"; then echo ""; return; fi
  if has_candidate "${1}t64"; then echo "${1}t64"; else echo "$1"; fi
}

chromium_given() { [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; }

if is_debian; then
  if [ -n "$node_problem" ]; then
    echo "Please install $node_problem first; Debian's own nodejs package is older than this project needs." >&2
    exit 1
  fi
  # First what is absent, by what dpkg says is installed; only then ask apt for names, since that needs its lists.
  absent=()
  for package in "${wanted[@]}"; do
    case "$package" in
      chromium) chromium_given || installed chromium || absent+=(chromium) ;;
      postgresql) installed postgresql || installed 'postgresql-[0-9]*' || absent+=(postgresql) ;;
      lib*) installed "$package" || installed "${package}t64" || absent+=("$package") ;;
      *) installed "$package" || absent+=("$package") ;;
    esac
  done
  if [ ${#absent[@]} -eq 0 ]; then exit 0; fi

  run_as_root=()
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "Please install these packages as root first (apt-get install): ${absent[*]}" >&2
      exit 1
    fi
    run_as_root=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${run_as_root[@]}" apt-get update -qq
  missing=()
  for package in "${absent[@]}"; do
    case "$package" in
      # Ubuntu ships Chromium only as a snap; there the tests use Playwright's own Chromium, which needs these.
      chromium)
        if has_candidate chromium; then missing+=(chromium); else
          for library in "${runtime_libraries[@]}"; do
            name="$(release_name "$library")"
            [ -z "$name" ] || missing+=("$name")
          done
        fi
        ;;
      lib*) missing+=("$(release_name "$package")") ;;
      *) missing+=("$package") ;;
    esac
  done
  echo "Installing system packages for npm $purpose: ${missing[*]}"
  if ! "${run_as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"; then
    echo "Could not install ${missing[*]} with apt-get (see above); install them and run the command again." >&2
    exit 1
  fi
  exit 0
fi

# -- any other system: check, and name everything that is missing in one message ----------------------------------

missing=()
[ -z "$node_problem" ] || missing+=("$node_problem")
if [ "$purpose" = test ]; then
  chromium_given || [ -x /usr/bin/chromium ] || missing+=("$(describe chromium)")
  { command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1; } || missing+=("$(describe poppler-utils)")
  command -v unzip >/dev/null 2>&1 || missing+=("$(describe unzip)")
  command -v initdb >/dev/null 2>&1 || missing+=("$(describe postgresql)")
  command -v openssl >/dev/null 2>&1 || missing+=("$(describe openssl)")
fi
if [ ${#missing[@]} -gt 0 ]; then
  {
    echo "This is not a Debian or Ubuntu machine, so nothing was installed. Before 'npm $purpose', please install:"
    for item in "${missing[@]}"; do echo "  - $item"; done
  } >&2
  exit 1
fi
