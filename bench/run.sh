#!/usr/bin/env bash
# Issue 6's benchmark: how fast a published Release build of the portal serves its pages at 100,000 articles,
# next to a same-bytes baseline (bench/Baseline: Kestrel answering the captured page from memory) measured in
# the same run, so the ratio says what the portal's own work costs on this machine, whatever else runs on it.
#
# Needs the .NET 10 SDK, curl, wrk and sqlite3; installs wrk (and curl, sqlite3) with apt-get when missing, as root or through
# sudo. Everything listens on 127.0.0.1 only; every wrk run is bounded by --duration, every wait by a timeout.
# The portal runs on its default settings: Portal__*, ConnectionStrings__* and ASPNETCORE_* variables of the
# calling shell are cleared. At the defaults on a quiet 2-core machine: about 6 minutes, plus the generation of
# 100,000 articles (about 4 minutes today; --reuse skips it). The legal documents' measurements (issue 16) follow
# the cached run: bench/documents.sh, on the same database with --documents of them (default 50,000).
#
#   bench/run.sh [--articles N] [--categories N] [--documents N] [--seed N] [--duration S] [--warmup S] [--reuse]
#
# Prints one table at the end and writes it to artifacts/bench/results.md; beside it: wrk/ (each run's
# output), pages/ (the captured pages the baseline serves), logs/ and the portal's console output.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

articles=100000 categories=20 documents=50000 seed=2026 duration=10 warmup=30 reuse=false
usage() {
  echo "usage: bench/run.sh [--articles N] [--categories N] [--documents N] [--seed N] [--duration S] [--warmup S] [--reuse]"
  echo "  --articles N    articles to generate (default 100000; 2000 makes a quick smoke run)"
  echo "  --categories N  categories to generate (default 20)"
  echo "  --documents N   legal documents to generate (default 50000; 0 skips their measurements)"
  echo "  --seed N        the generator's seed (default 2026)"
  echo "  --duration S    seconds of each measured wrk run (default 10)"
  echo "  --warmup S      seconds of load after each portal start, before measuring (default 30)"
  echo "  --reuse         keep the generated database if it was made with the same articles, categories and seed"
}
while [ $# -gt 0 ]; do
  case $1 in
    --articles | --categories | --documents | --seed | --duration | --warmup)
      [[ ${2:-} =~ ^[0-9]+$ ]] || { usage >&2; exit 2; }
      declare "${1#--}=$2"
      shift 2 ;;
    --reuse) reuse=true; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done
((articles >= 1 && categories >= 1 && duration >= 1 && duration <= 120 && warmup <= 300)) || { usage >&2; exit 2; }

port=${PORTAL_BENCH_PORT:-5190}
baseline_port=$((port + 1))
portal_url=http://127.0.0.1:$port
baseline_url=http://127.0.0.1:$baseline_port
out=$root/artifacts/bench
data=$out/data
target_warmup=$((duration / 2 > 2 ? duration / 2 : 2)) # per target, after the start's warm-up
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# The portal runs on its defaults, whatever the calling shell has set.
for variable in ${!Portal__@} ${!ConnectionStrings__@} ${!ASPNETCORE_@}; do unset "$variable"; done

say() { printf '== %s\n' "$*"; }
fail() { printf 'bench/run.sh: %s\n' "$*" >&2; exit 1; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }

# --- Processes: every one this script starts is stopped on exit, Ctrl-C or failure --------------------------------

pids=()
cleanup() {
  local pid
  for pid in "${pids[@]}"; do stop "$pid"; done
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# spawn DIR LOG COMMAND...: runs COMMAND in the background from DIR, output to LOG; its process id in $spawned.
spawn() {
  local dir=$1 log=$2
  shift 2
  (cd "$dir" && exec "$@") >"$log" 2>&1 &
  spawned=$!
  pids+=("$spawned")
}

# A process that has ended leaves the list, so that its id, once reused, is never signalled.
forget() {
  local pid kept=()
  for pid in "${pids[@]}"; do [ "$pid" = "$1" ] || kept+=("$pid"); done
  pids=("${kept[@]}")
}

# run DIR LOG COMMAND...: the same, waited for. In the background so that a signal is handled at once.
run() {
  local status=0
  spawn "$@"
  wait "$spawned" || status=$?
  forget "$spawned"
  return "$status"
}

stop() {
  kill -TERM "$1" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$1" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
  forget "$1"
}

# wait_until_up URL PID: polls every 50 ms until URL answers 200; prints the milliseconds since $started_ms.
wait_until_up() {
  until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$1" || true)" = 200 ]; do
    kill -0 "$2" 2>/dev/null || fail "the server for $1 stopped while starting: see its log in $out"
    (($(now_ms) - started_ms < 120000)) || fail "$1 did not answer within 120 s"
    sleep 0.05
  done
  echo $(($(now_ms) - started_ms))
}

port_free() {
  ! curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$1/" || fail "port $1 is in use (set PORTAL_BENCH_PORT)"
}

# start_portal LABEL [VAR=VALUE...]: the published portal in Production, from its own folder (or its static
# assets are empty), on the generated database; sets $portal_pid and $first_response_ms.
start_portal() {
  local label=$1
  shift
  port_free "$port"
  started_ms=$(now_ms)
  # Every request comes from 127.0.0.1: the per-client search limit (30 a minute) would answer nearly all of
  # them 429 and the table would time the refusals, so it is lifted here; nothing else differs from the defaults.
  spawn "$out/portal" "$out/portal-$label.log" env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$portal_url" \
    Portal__DataPath="$data" Portal__Logging__FilePath="$out/logs/portal-.log" Portal__Security__SearchesPerMinute=100000 \
    "$@" dotnet Portal.Web.dll
  portal_pid=$spawned
  first_response_ms=$(wait_until_up "$portal_url/" "$portal_pid")
  say "Portal ($label) answered 200 on / after $first_response_ms ms"
}

rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# --- Measuring ----------------------------------------------------------------------------------------------------

# Why a run may have failed: a server that is gone (its log says whether it stopped itself).
stopped_servers() {
  [ -z "${portal_pid:-}" ] || kill -0 "$portal_pid" 2>/dev/null || echo "; the portal has stopped: see $out/portal-*.log"
  [ -z "${baseline_pid:-}" ] || kill -0 "$baseline_pid" 2>/dev/null || echo "; the baseline has stopped: see $out/baseline.log"
}

# wrk_run NAME CONNECTIONS SECONDS URL [PATHS_FILE]: one bounded wrk run; its BENCH line in $result.
wrk_run() {
  local name=$1 connections=$2 seconds=$3 url=$4 paths=${5:-}
  local file=$out/wrk/$name.txt
  run "$root" "$file" timeout $((seconds + 30)) wrk -t2 -c"$connections" -d"${seconds}s" --timeout 5s --latency \
    -s "$root/bench/wrk.lua" "$url" ${paths:+-- "$paths"} || fail "wrk failed for $name: see $file$(stopped_servers)"
  result=$(grep '^BENCH ' "$file") || fail "wrk gave no result for $name: see $file"
}
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$result"; }

# measure SERVER TARGET CONNECTIONS URL [PATHS_FILE]: a warm-up run, then the measured one, kept in rps_of etc.
declare -A rps_of p50_of tail_of failed_of
measure() {
  local server=$1 target=$2 connections=$3 url=$4 paths=${5:-} warm=$target_warmup
  [ "$server" = baseline ] && warm=2
  wrk_run "$server-$target-warmup" "$connections" "$warm" "$url" "$paths"
  wrk_run "$server-$target" "$connections" "$duration" "$url" "$paths"
  local key=$server/$target
  rps_of[$key]=$(field rps)
  p50_of[$key]=$(field p50_ms)
  tail_of[$key]=$(field "$([ "$connections" = 16 ] && echo p95_ms || echo p99_ms)")
  failed_of[$key]=$(($(field non2xx) + $(field errors)))
  (($(field requests) > 0)) || failed_of[$key]=none
  printf '   %-9s %-18s %7s req/s  p50 %7s ms  p%s %7s ms\n' "$server" "$target" "${rps_of[$key]}" "${p50_of[$key]}" \
    "$([ "$connections" = 16 ] && echo 95 || echo 99)" "${tail_of[$key]}"
}

# --- Tools --------------------------------------------------------------------------------------------------------

missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v curl >/dev/null 2>&1 || missing+=(curl)
# bench/documents.sh reads the lists' ids from the generated database.
((documents == 0)) || command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
if [ ${#missing[@]} -gt 0 ]; then
  say "Installing ${missing[*]} (apt)"
  sudo=""
  [ "$(id -u)" -eq 0 ] || { command -v sudo >/dev/null 2>&1 && sudo=sudo; } || fail "installing ${missing[*]} needs root or sudo"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
command -v dotnet >/dev/null 2>&1 || fail "the .NET 10 SDK is required (dotnet is not on PATH)"

# --- Build --------------------------------------------------------------------------------------------------------

mkdir -p "$out"
rm -rf "$out/portal" "$out/baseline" "$out/pages" "$out/wrk" "$out/logs" "$out"/portal-*.log "$out"/baseline-*.txt
mkdir -p "$out/pages" "$out/wrk" "$out/logs"
say "Publishing the portal and the baseline (Release)"
run "$root" "$out/publish.log" timeout 600 dotnet publish src/Portal.Web -c Release -o "$out/portal" -nologo ||
  { tail -n 30 "$out/publish.log" >&2; fail "publishing the portal failed"; }
run "$root" "$out/publish-baseline.log" timeout 600 dotnet publish bench/Baseline -c Release -o "$out/baseline" -nologo ||
  { tail -n 30 "$out/publish-baseline.log" >&2; fail "publishing the baseline failed"; }

# --- Data ---------------------------------------------------------------------------------------------------------

key="articles=$articles categories=$categories documents=$documents seed=$seed"
if $reuse && [ "$(cat "$data/generated" 2>/dev/null || true)" = "$key" ]; then
  say "Reusing the generated database ($key)"
  generated="reused"
else
  say "Generating $articles articles in $categories categories and $documents legal documents (seed $seed)"
  rm -rf "$data"
  mkdir -p "$data"
  started_ms=$(now_ms)
  run "$out/portal" "$out/generate.log" env Portal__DataPath="$data" Portal__Logging__FilePath="$out/logs/generate-.log" \
    timeout $((120 + articles / 100 + documents / 50)) dotnet Portal.Web.dll generate --articles "$articles" --categories "$categories" \
    --documents "$documents" --seed "$seed" ||
    { tail -n 30 "$out/generate.log" >&2; fail "generating the articles failed"; }
  generated="generated in $((($(now_ms) - started_ms) / 1000)) s"
  echo "$key" >"$data/generated" # only a finished generation is reused
  say "Generated ($generated)"
fi

# --- The portal, cache as configured (on by default) --------------------------------------------------------------

start_portal cached
first_response_cached=$first_response_ms

say "Reading article and category addresses from the sitemap"
fetch() { curl -fsS --max-time 120 "$1"; }
locs() { grep -o '<loc>[^<]*</loc>' | sed -e 's#^<loc>##' -e 's#</loc>$##' -e 's#^https\?://[^/]*##' || true; }
sitemap=$(fetch "$portal_url/sitemap.xml")
if grep -q '<sitemapindex' <<<"$sitemap"; then
  for part in $(locs <<<"$sitemap"); do fetch "$portal_url$part"; done
else
  echo "$sitemap"
fi | tr -d '\n' | grep -o '<url>.*' | sed 's#</url>#\n#g' >"$out/sitemap-urls.txt"
locs <"$out/sitemap-urls.txt" >"$out/urls.txt"
grep '^/bai-viet/' "$out/urls.txt" >"$out/articles.txt" || fail "the sitemap lists no article"
# A burst reads the news of the day: the cached article target draws from the 1,000 newest articles (by the
# sitemap's lastmod). 100,000 article pages would need about 2 GB of cache; the uncached target draws from all.
sed -n 's#.*<loc>https\?://[^/]*\([^<]*\)</loc>[[:space:]]*<lastmod>\([^<]*\)</lastmod>.*#\2 \1#p' "$out/sitemap-urls.txt" |
  grep ' /bai-viet/' | sort -r | awk 'NR <= 1000 { print $2 }' >"$out/articles-newest.txt"
[ -s "$out/articles-newest.txt" ] || fail "the sitemap gives no lastmod for its articles"
grep '^/chuyen-muc/' "$out/urls.txt" >"$out/categories.txt" || fail "the sitemap lists no category"
say "$(wc -l <"$out/articles.txt") articles, $(wc -l <"$out/categories.txt") categories"

# The largest category, by the page count its first page shows ("Trang 1 / N").
largest="" largest_pages=0
while read -r path; do
  html=$(fetch "$portal_url$path") || fail "the portal did not serve $path"
  pages=$(grep -o 'Trang 1 / [0-9]*' <<<"$html" | grep -o '[0-9]*$' || echo 1)
  if ((pages > largest_pages)); then largest=$path largest_pages=$pages; fi
done <"$out/categories.txt"
deep_page=5000
deep_note=""
if ((largest_pages < deep_page)); then
  deep_note="The largest category ($largest) has $largest_pages pages, not 5,000: its last page was measured instead."
  deep_page=$largest_pages
  say "$deep_note"
fi

say "Warming up the portal for $warmup s (random articles of the newest 1,000)"
((warmup == 0)) || wrk_run portal-start-warmup 64 "$warmup" "$portal_url/" "$out/articles-newest.txt"

# The baseline's article: of 20 articles (the same each run), the one closest to their mean size.
mapfile -t sample < <(shuf -n 20 --random-source=<(yes) "$out/articles-newest.txt")
sizes=()
for path in "${sample[@]}"; do sizes+=("$(curl -fsS -o /dev/null -w '%{size_download}' --max-time 30 "$portal_url$path")"); done
article_path=$(for i in "${!sample[@]}"; do echo "${sizes[$i]} ${sample[$i]}"; done |
  awk '{ size[NR] = $1; path[NR] = $2; sum += $1 }
       END { mean = sum / NR; for (i = 1; i <= NR; i++) { d = size[i] - mean; d = d < 0 ? -d : d; if (best == "" || d < best) { best = d; pick = path[i] } } print pick }')

mapfile -t words <"$root/bench/search-words.txt"
urlencode() {
  local LC_ALL=C text=$1 i char encoded=""
  for ((i = 0; i < ${#text}; i++)); do
    char=${text:i:1}
    case $char in
      [A-Za-z0-9._~-]) encoded+=$char ;;
      *) printf -v char '%%%02X' "'$char"; encoded+=$char ;;
    esac
  done
  echo "$encoded"
}
for word in "${words[@]}"; do [ -n "$word" ] && echo "/search?q=$(urlencode "$word")"; done >"$out/searches.txt"

# target|the page captured for the baseline|connections|the paths wrk draws from, if not that page alone
targets=(
  "article|$article_path|64|$out/articles-newest.txt"
  "home|/|64|"
  "category-first|$largest|64|"
  "category-deep|$largest?trang=$deep_page|64|"
  "search|$(head -n 1 "$out/searches.txt")|16|$out/searches.txt"
)
say "Capturing the pages the baseline serves"
for entry in "${targets[@]}"; do
  IFS='|' read -r name path _ <<<"$entry"
  curl -fsS --max-time 60 -o "$out/pages/$name" -w '%{content_type}' "$portal_url$path" >"$out/pages/$name.content-type" ||
    fail "the portal did not serve $path"
  printf '   %-14s %7s bytes  %s\n' "$name" "$(wc -c <"$out/pages/$name")" "$path"
done

port_free "$baseline_port"
started_ms=$(now_ms)
spawn "$out/baseline" "$out/baseline.log" dotnet Baseline.dll --pages "$out/pages" --urls "$baseline_url"
baseline_pid=$spawned
wait_until_up "$baseline_url/home" "$baseline_pid" >/dev/null

say "Measuring, cache as configured (${duration} s a run after ${target_warmup} s of warm-up; baseline after 2 s)"
for entry in "${targets[@]}"; do
  IFS='|' read -r name path connections paths <<<"$entry"
  if [ -n "$paths" ]; then
    # wrk builds each request in Lua for the portal; it does the same for the baseline, to cost both alike.
    echo "/$name" >"$out/baseline-$name.txt"
    measure portal "$name" "$connections" "$portal_url/" "$paths"
    measure baseline "$name" "$connections" "$baseline_url/" "$out/baseline-$name.txt"
  else
    measure portal "$name" "$connections" "$portal_url$path"
    measure baseline "$name" "$connections" "$baseline_url/$name"
  fi
done
rss_cached=$(rss_mb "$portal_pid")
if ((documents > 0)); then
  say "Measuring the legal documents (bench/documents.sh)"
  run "$root" "$out/documents.log" bench/documents.sh "$portal_url" "$portal_pid" "$data/portal.db" "$out" "$duration" ||
    { tail -n 30 "$out/documents.log" >&2; fail "the documents' measurements failed$(stopped_servers)"; }
fi
stop "$portal_pid"

# --- The portal with its output cache off -------------------------------------------------------------------------

start_portal uncached Portal__Cache__Enabled=false
first_response_uncached=$first_response_ms
say "Warming up the portal for $warmup s (random articles, cache off)"
((warmup == 0)) || wrk_run portal-uncached-start-warmup 64 "$warmup" "$portal_url/" "$out/articles.txt"
measure portal article-uncached 64 "$portal_url/" "$out/articles.txt"
rss_uncached=$(rss_mb "$portal_pid")
stop "$portal_pid"

# --- The table ----------------------------------------------------------------------------------------------------

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf (b > 0 ? "%.0f %%" : "-"), 100 * a / b }'; }
row() { # LABEL PORTAL_KEY BASELINE_KEY
  local failed=${failed_of[portal/$2]}
  if [ "$failed" = none ]; then
    printf '| %s (no request completed) | 0 | – | – | %s | 0 %% |\n' "$1" "${rps_of[baseline/$3]}"
    return
  fi
  ((failed == 0)) || set -- "$1 ($failed errors or non-2xx answers)" "$2" "$3"
  printf '| %s | %s | %s | %s | %s | %s |\n' "$1" "${rps_of[portal/$2]}" "${p50_of[portal/$2]}" "${tail_of[portal/$2]}" \
    "${rps_of[baseline/$3]}" "$(ratio "${rps_of[portal/$2]}" "${rps_of[baseline/$3]}")"
}
commit=$(git rev-parse --short HEAD)
git diff --quiet HEAD 2>/dev/null || commit="$commit (with uncommitted changes)"
{
  echo "# Benchmark results"
  echo
  echo "\`bench/run.sh --articles $articles --categories $categories --documents $documents --seed $seed --duration $duration --warmup $warmup\`" \
    "on $(date -u '+%Y-%m-%d %H:%M UTC'), commit $commit, $(nproc) cores; database $generated."
  echo
  echo "| target | req/s | p50 ms | p99 ms (p95 for search) | baseline req/s | ratio to baseline |"
  echo "|---|---:|---:|---:|---:|---:|"
  row "article, random of the 1,000 newest (64 connections)" article article
  row "home (64)" home home
  row "category page 1 (64)" category-first category-first
  row "category page $deep_page (64)" category-deep category-deep
  row "search, random words (16)" search search
  row "article, random of all, cache off (64)" article-uncached article
  echo
  echo "- Portal RSS after the benchmark: $rss_cached MB (cache as configured), $rss_uncached MB (cache off)."
  echo "- Time to first response after start, on the existing database: $first_response_cached ms" \
    "(cache as configured), $first_response_uncached ms (cache off)."
  echo "- Baseline pages (the portal's bytes, served from memory by bench/Baseline): article \`$article_path\`" \
    "($(wc -c <"$out/pages/article") bytes), category \`$largest\`, search \`$(head -n 1 "$out/searches.txt")\`."
  [ -z "$deep_note" ] || echo "- $deep_note"
  ((documents == 0)) || cat "$out/documents.md"
} >"$out/results.md"
echo
cat "$out/results.md"
