#!/usr/bin/env bash
# Builds the solution (warnings are errors) and runs every test project.
# Prints, as its last line: "Tests: N passed, N failed, N skipped".
# Installs what the tests need and the machine lacks: Debian's Chromium for the browser suite, Redis for the
# shared page-cache tests, Java and the Nu HTML Checker (npm's vnu-jar, into .tools/vnu/) for the HTML validity test.
set -uo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

summary() {
  echo "Tests: $1 passed, $2 failed, $3 skipped"
}

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is required (dotnet is not on PATH)." >&2
  summary 0 1 0
  exit 1
fi

# apt as root, or through sudo; the browser suite drives /usr/bin/chromium (no browser download).
apt_install() {
  local run=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "Cannot install $* without root or sudo." >&2; return 1; }
    run="sudo"
  fi
  $run env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null &&
    $run env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

if [ ! -x /usr/bin/chromium ]; then
  echo "== Installing Chromium (apt)"
  if ! apt_install chromium fonts-noto-core; then
    echo "Chromium could not be installed; the browser suite cannot run." >&2
    summary 0 1 0
    exit 1
  fi
fi

# The shared page-cache tests start their own throwaway redis-server on a loopback port.
if ! command -v redis-server >/dev/null 2>&1 && [ ! -x /usr/bin/redis-server ]; then
  echo "== Installing Redis (apt)"
  apt_install redis-server || { echo "Redis could not be installed." >&2; summary 0 1 0; exit 1; }
fi

if ! command -v java >/dev/null 2>&1; then
  echo "== Installing Java (apt)"
  apt_install default-jre-headless || { echo "Java could not be installed." >&2; summary 0 1 0; exit 1; }
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "== Installing npm (apt)"
  apt_install nodejs npm || { echo "npm could not be installed." >&2; summary 0 1 0; exit 1; }
fi
if [ ! -f .tools/vnu/node_modules/vnu-jar/build/dist/vnu.jar ]; then
  echo "== Installing the Nu HTML Checker (npm vnu-jar)"
  npm install --prefix .tools/vnu --no-save --no-audit --no-fund --no-package-lock vnu-jar@26.9.27 >/dev/null ||
    { echo "vnu-jar could not be installed." >&2; summary 0 1 0; exit 1; }
fi

echo "== Building (Release)"
if ! dotnet build Portal.sln -c Release -nologo -clp:ErrorsOnly; then
  echo "The build failed." >&2
  summary 0 1 0
  exit 1
fi

echo "== Running tests"
dotnet test Portal.sln -c Release --no-build -nologo \
  --logger "trx;LogFilePrefix=portal" --logger "console;verbosity=normal" \
  --results-directory "$results"
test_status=$?

passed=0 failed=0 skipped=0 files=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  files=$((files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  count() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  passed=$((passed + $(count passed)))
  failed=$((failed + $(count failed) + $(count error) + $(count timeout) + $(count aborted)))
  skipped=$((skipped + $(count notExecuted)))
done

if [ "$files" -eq 0 ] || { [ "$test_status" -ne 0 ] && [ "$failed" -eq 0 ]; }; then
  echo "The test run ended without results (exit code $test_status)." >&2
  failed=$((failed + 1))
fi

summary "$passed" "$failed" "$skipped"
[ "$failed" -eq 0 ]
