#!/usr/bin/env bash
# Issue 15's search benchmark on PostgreSQL: its own full-text engine (a tsvector of the folded text, GIN index)
# against the inverted word table, on the same 100,000 generated articles, in the same run. Starts a throwaway
# PostgreSQL cluster on a loopback port (as test.sh does), generates the articles with the portal's own
# generator (then the word table from the same documents, so both engines have their index), then starts the published portal
# once per engine (page cache off) and times each query's /search page with curl: the median of N requests
# after one warm-up request. Needs the .NET 10 SDK, curl and PostgreSQL's server binaries.
#
#   bench/search-postgres.sh [--articles N] [--runs N] [--seed N]
#
# Prints one table at the end and writes it to artifacts/bench/search-postgres.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

articles=100000 runs=9 seed=2026
while [ $# -gt 0 ]; do
  case $1 in
    --articles | --runs | --seed)
      [[ ${2:-} =~ ^[0-9]+$ ]] || { echo "usage: bench/search-postgres.sh [--articles N] [--runs N] [--seed N]" >&2; exit 2; }
      declare "${1#--}=$2"
      shift 2 ;;
    *) echo "usage: bench/search-postgres.sh [--articles N] [--runs N] [--seed N]" >&2; exit 2 ;;
  esac
done
for variable in ${!Portal__@} ${!ConnectionStrings__@} ${!ASPNETCORE_@}; do unset "$variable"; done

out="$root/artifacts/bench/search-postgres"
rm -rf "$out" && mkdir -p "$out"
say() { echo "== $*" >&2; }
fail() { echo "search-postgres: $*" >&2; exit 1; }
now_ms() { date +%s%3N; }

# PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user that Debian's package makes.
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ] || fail "PostgreSQL's server binaries are needed (apt-get install postgresql)"
pg_dir=$(mktemp -d /tmp/search-bench-pg.XXXXXX)
[ "$(id -u)" -ne 0 ] || chown postgres "$pg_dir"
portal_pid=""
cleanup() {
  [ -z "$portal_pid" ] || kill "$portal_pid" 2>/dev/null || true
  as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap cleanup EXIT
as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$out/initdb.log" 2>&1 ||
  fail "initdb failed (see $out/initdb.log)"
pg_port=$((20000 + RANDOM % 40000))
as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
  -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off" start >/dev/null ||
  fail "PostgreSQL did not start"
connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=portal_bench"
psql_() { as_postgres "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d portal_bench -XAtq "$@"; }
as_postgres "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -XAtq -c "CREATE DATABASE portal_bench" postgres

say "Publishing the portal (Release)"
timeout 600 dotnet publish src/Portal.Web -c Release -o "$out/portal" -nologo >"$out/publish.log" 2>&1 || fail "publish failed (see $out/publish.log)"
portal_env=(Portal__DataPath="$out/data" Portal__Database__Provider=PostgreSQL ConnectionStrings__Portal="$connection"
  Portal__Logging__FilePath="$out/logs/portal-.log")

say "Generating $articles articles (seed $seed)"
started=$(now_ms)
(cd "$out/portal" && env "${portal_env[@]}" timeout $((600 + articles / 50)) \
  dotnet Portal.Web.dll generate --articles "$articles" --categories 20 --seed "$seed") >"$out/generate.log" 2>&1 ||
  { tail -n 30 "$out/generate.log" >&2; fail "generating the articles failed"; }
say "Generated in $((($(now_ms) - started) / 1000)) s"
# The word table as TermIndexSearch writes it (each distinct word of the folded document, in the title or not),
# filled here in one statement: through the portal (tracked saves, 100 articles a batch) it takes half an hour.
started=$(now_ms)
psql_ -c 'INSERT INTO "SearchTerms" ("Term", "DocumentId", "InTitle")
  SELECT w."Term", d."Id", bool_or(w."InTitle") FROM "SearchDocuments" AS d
  CROSS JOIN LATERAL (SELECT t AS "Term", true AS "InTitle" FROM regexp_split_to_table(btrim(d."Title"), '"' '"') AS t
    UNION ALL SELECT t, false FROM regexp_split_to_table(btrim(d."Body"), '"' '"') AS t) AS w
  WHERE w."Term" <> '"''"' GROUP BY w."Term", d."Id"
  ON CONFLICT DO NOTHING'
say "Word table filled in $((($(now_ms) - started) / 1000)) s: $(psql_ -c 'SELECT count(*) FROM "SearchTerms"') rows"
psql_ -c "VACUUM ANALYZE"

# Words found from the data: one in every article (the most common), and a rare one (in about ten).
every=$(psql_ -c 'SELECT "Term" FROM "SearchTerms" GROUP BY "Term" ORDER BY count(*) DESC, "Term" LIMIT 1')
rare=$(psql_ -c 'SELECT "Term" FROM "SearchTerms" GROUP BY "Term" HAVING count(*) BETWEEN 5 AND 15 ORDER BY "Term" LIMIT 1')
count_of() { psql_ -c "SELECT count(*) FROM \"SearchTerms\" WHERE \"Term\" = '$1'"; }
queries=(
  "common word|q=tinh"
  "rare word ($rare, $(count_of "$rare") articles)|q=$rare"
  "two words|q=nong+thon"
  "a phrase|q=%22chuyen+doi+so%22"
  "in every article ($every, $(count_of "$every"))|q=$every"
  "no match|q=khongcotunaydau"
  "page 50 of a common word|q=tinh&trang=50"
)

declare -A median
for engine in TermIndex PostgreSql; do
  port=$((20000 + RANDOM % 40000))
  say "Timing the $engine engine"
  (cd "$out/portal" && exec env "${portal_env[@]}" ASPNETCORE_ENVIRONMENT=Production Portal__Search__Engine=$engine Portal__Cache__Enabled=false \
    Portal__Security__SearchesPerMinute=100000 ASPNETCORE_URLS="http://127.0.0.1:$port" dotnet Portal.Web.dll) >"$out/portal-$engine.log" 2>&1 &
  portal_pid=$!
  for _ in $(seq 1 120); do curl -fs -o /dev/null "http://127.0.0.1:$port/" && break; sleep 1; done
  curl -fs -o /dev/null "http://127.0.0.1:$port/" || fail "the portal did not start (see $out/portal-$engine.log)"
  for entry in "${queries[@]}"; do
    url="http://127.0.0.1:$port/search?${entry#*|}"
    curl -fs -o /dev/null "$url" || fail "$url failed"
    times=$(for _ in $(seq 1 "$runs"); do curl -fs -o /dev/null -w '%{time_total}\n' "$url"; done | sort -n)
    median[$engine,${entry%%|*}]=$(echo "$times" | awk '{ a[NR] = $1 * 1000 } END { printf "%.1f", a[int((NR + 1) / 2)] }')
  done
  kill "$portal_pid" && wait "$portal_pid" 2>/dev/null || true
  portal_pid=""
done

{
  echo "Search on PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}'), $articles generated articles (seed $seed), $(nproc) cores,"
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD): median of $runs requests of the /search page (ms), page cache off."
  echo
  echo "| query | word table | tsvector + GIN | word table / tsvector |"
  echo "|---|---:|---:|---:|"
  for entry in "${queries[@]}"; do
    name=${entry%%|*}
    words=${median[TermIndex,$name]} vector=${median[PostgreSql,$name]}
    echo "| $name \`${entry#*|}\` | $words | $vector | $(awk -v a="$words" -v b="$vector" 'BEGIN { printf "%.2f", a / b }') |"
  done
} | tee "$root/artifacts/bench/search-postgres.md"
