#!/usr/bin/env bash
# Builds the solution (warnings are errors) and runs every test project on SQLite, then the integration suite
# again on PostgreSQL (and on SQL Server too when PORTAL_TEST_SQLSERVER names one).
# --quick, the inner loop: the unit and integration tests on SQLite only; no browser suite, nothing installed.
# Prints how long each run took, and as its last line: "Tests: N passed, N failed, N skipped", the sum of all runs.
# Installs what the tests need and the machine lacks: Debian's Chromium for the browser suite, Redis for the
# shared page-cache tests, Java and the Nu HTML Checker (npm's vnu-jar, into .tools/vnu/) for the HTML validity
# test, PostgreSQL for a throwaway cluster in a temporary folder on a loopback port (unless PORTAL_TEST_POSTGRES
# already names a server); --quick installs and starts nothing. Both restore the dotnet tools (smtp4dev, the SMTP
# server the mail tests start).
set -uo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

quick=false
case "${1:-}" in
  "") ;;
  --quick) quick=true ;;
  *) echo "usage: ./test.sh [--quick]" >&2; exit 2 ;;
esac
started=$SECONDS

results=$(mktemp -d)
pg_dir=""
cleanup() {
  if [ -n "$pg_dir" ]; then
    as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1
    rm -rf "$pg_dir"
  fi
  rm -rf "$results"
}
trap cleanup EXIT

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

if ! $quick && [ ! -x /usr/bin/chromium ]; then
  echo "== Installing Chromium (apt)"
  if ! apt_install chromium fonts-noto-core; then
    echo "Chromium could not be installed; the browser suite cannot run." >&2
    summary 0 1 0
    exit 1
  fi
fi

# The shared page-cache tests start their own throwaway redis-server on a loopback port.
if ! $quick && ! command -v redis-server >/dev/null 2>&1 && [ ! -x /usr/bin/redis-server ]; then
  echo "== Installing Redis (apt)"
  apt_install redis-server || { echo "Redis could not be installed." >&2; summary 0 1 0; exit 1; }
fi

if ! $quick && ! command -v java >/dev/null 2>&1; then
  echo "== Installing Java (apt)"
  apt_install default-jre-headless || { echo "Java could not be installed." >&2; summary 0 1 0; exit 1; }
fi
if ! $quick && ! command -v npm >/dev/null 2>&1; then
  echo "== Installing npm (apt)"
  apt_install nodejs npm || { echo "npm could not be installed." >&2; summary 0 1 0; exit 1; }
fi
if ! $quick && [ ! -f .tools/vnu/node_modules/vnu-jar/build/dist/vnu.jar ]; then
  echo "== Installing the Nu HTML Checker (npm vnu-jar)"
  npm install --prefix .tools/vnu --no-save --no-audit --no-fund --no-package-lock vnu-jar@26.9.27 >/dev/null ||
    { echo "vnu-jar could not be installed." >&2; summary 0 1 0; exit 1; }
fi

# PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user that Debian's package makes.
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
newest_pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && echo "$dir"
}

if ! $quick && [ -z "${PORTAL_TEST_POSTGRES:-}" ]; then
  pg_bin=$(newest_pg_bin)
  if [ -z "$pg_bin" ]; then
    echo "== Installing PostgreSQL (apt)"
    apt_install postgresql || { echo "PostgreSQL could not be installed." >&2; summary 0 1 0; exit 1; }
    pg_bin=$(newest_pg_bin)
  fi
  echo "== Starting a throwaway PostgreSQL cluster"
  pg_dir=$(mktemp -d /tmp/portal-pg.XXXXXX)
  [ "$(id -u)" -ne 0 ] || chown postgres "$pg_dir"
  # Durability is worth nothing here: no fsync makes creating a database per test app cheap.
  # max_connections leaves room for the test apps running side by side, each with its own pool.
  if as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1; then
    for attempt in 1 2 3 4 5; do
      pg_port=$((20000 + RANDOM % 40000))
      (exec 3<>"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null && continue
      if as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
        -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null; then
        export PORTAL_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres;Maximum Pool Size=30"
        break
      fi
    done
  fi
  if [ -z "${PORTAL_TEST_POSTGRES:-}" ]; then
    echo "PostgreSQL could not be started:" >&2
    cat "$pg_dir/initdb.log" "$pg_dir/server.log" 2>/dev/null | tail -n 20 >&2
    summary 0 1 0
    exit 1
  fi
fi

# The mail tests send to smtp4dev, the dotnet tool pinned in .config/dotnet-tools.json, which they start themselves
# on loopback ports. Restoring it is a package restore, as the build's own, so --quick does it too.
smtp_tool=true
echo "== Restoring the dotnet tools (smtp4dev for the mail tests)"
# A first restore on a fresh machine can fail by a race of the SDK's (several tool packages restored at once, one
# read as another: "not contained in the package"); the packages are then in place, and a second try succeeds.
if ! dotnet tool restore >/dev/null && ! dotnet tool restore >/dev/null; then
  smtp_tool=false
  if ! $quick; then
    echo "The dotnet tools could not be restored; the mail tests need smtp4dev." >&2
    summary 0 1 0
    exit 1
  fi
fi

# --quick builds and runs the unit and integration tests only.
suite=Portal.sln
$quick && suite=tests/Portal.Tests/Portal.Tests.csproj

echo "== Building (Release)"
build_began=$SECONDS
if ! dotnet build "$suite" -c Release -nologo -clp:ErrorsOnly; then
  echo "The build failed." >&2
  summary 0 1 0
  exit 1
fi
echo "== Build: $((SECONDS - build_began)) s" | tee "$results/times"

# run_tests NAME LABEL PROVIDER TARGET [dotnet test options]: one run, its results in $results as NAME*.trx and
# how long it took, said at its end, in $results/NAME.time.
runs=()
run_tests() {
  local name=$1 label=$2 provider=$3 target=$4 began=$SECONDS status
  shift 4
  PORTAL_TEST_PROVIDER=$provider dotnet test "$target" -c Release --no-build -nologo \
    --logger "trx;LogFilePrefix=$name" --logger "console;verbosity=normal" \
    --results-directory "$results" "$@"
  status=$?
  echo "== $label: $((SECONDS - began)) s" | tee "$results/$name.time"
  return $status
}
test_status=0
server_suite=(--filter "FullyQualifiedName~Portal.Tests.Integration&Database!=SqliteOnly")

if $quick; then
  # Without redis-server (which only the full run installs) the tests that start one are left out.
  quick_suite=()
  left_out=()
  if ! command -v redis-server >/dev/null 2>&1 && [ ! -x /usr/bin/redis-server ]; then
    echo "redis-server is not installed: the Redis tests are left out (./test.sh installs it and runs them)."
    left_out+=("Needs!=Redis")
  fi
  if ! $smtp_tool; then
    echo "smtp4dev could not be restored: the mail tests that send are left out."
    left_out+=("Needs!=Smtp")
  fi
  if [ ${#left_out[@]} -gt 0 ]; then
    quick_suite=(--filter "$(IFS='&'; echo "${left_out[*]}")")
  fi
  echo "== Running the unit and integration tests (SQLite)"
  runs+=(sqlite)
  run_tests sqlite "SQLite run" Sqlite "$suite" "${quick_suite[@]}" || test_status=$?
else
  # One run after the other: on 2 cores, the two side by side saved nothing (about 520 s of tests either way) and
  # starved the tests that wait for a portal started as a process.
  echo "== Running tests on SQLite (with the browser suite)"
  runs+=(sqlite postgresql)
  run_tests sqlite "SQLite run with the browser suite" Sqlite "$suite" || test_status=$?
  echo "== Running the integration tests on PostgreSQL"
  run_tests postgresql "PostgreSQL run" PostgreSQL tests/Portal.Tests/Portal.Tests.csproj "${server_suite[@]}" || test_status=$?

  if [ -n "${PORTAL_TEST_SQLSERVER:-}" ]; then
    echo "== Running the integration tests on SQL Server"
    runs+=(sqlserver)
    run_tests sqlserver "SQL Server run" SqlServer tests/Portal.Tests/Portal.Tests.csproj "${server_suite[@]}" || test_status=$?
  fi
fi

missing_results=0
for name in "${runs[@]}"; do
  cat "$results/$name.time" 2>/dev/null >>"$results/times"
  if ! ls "$results/$name"*.trx >/dev/null 2>&1; then
    echo "The $name run ended without results." >&2
    missing_results=$((missing_results + 1))
  fi
done

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

failed=$((failed + missing_results))
if [ "$files" -eq 0 ] || { [ "$test_status" -ne 0 ] && [ "$failed" -eq 0 ]; }; then
  echo "The test run ended without results (exit code $test_status)." >&2
  failed=$((failed + 1))
fi

cat "$results/times"
echo "== In all: $((SECONDS - started)) s"
summary "$passed" "$failed" "$skipped"
[ "$failed" -eq 0 ]
