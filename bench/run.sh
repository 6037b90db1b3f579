#!/usr/bin/env bash
# Issue 18's benchmark: how fast, lean and quick to start a published Release build of the portal is at 100,000
# articles, each goal against what it is compared with in the same run, so a ratio says what the portal's own
# work costs on this machine whatever else runs on it:
#   - the cached pages against bench/Baseline (Kestrel answering the captured bytes from memory);
#   - the uncached article page against bench/Reference (a minimal Razor page: one query, the same layout);
#   - the listings' p50 at one connection, search's p95, the RSS, the time to the first answer after a start
#     (median of three, warm file cache) and the generation's time against their absolute goals.
# Before and after each measurement the load average is printed and kept in the table.
#
# Needs the .NET 10 SDK, curl, wrk and sqlite3; installs wrk (and curl, sqlite3) with apt-get when missing, as
# root or through sudo. Everything listens on 127.0.0.1 only (PORTAL_BENCH_PORT, default 5190, and the next
# two); every wrk run is bounded by --duration, every wait by a timeout. The portal runs on its default settings
# in Production: Portal__*, ConnectionStrings__* and ASPNETCORE_* variables of the calling shell are cleared.
# The legal documents' measurements (issue 16) follow the cached run: bench/documents.sh, on the same database
# with --documents of them (default 50,000).
#
#   bench/run.sh [--articles N] [--categories N] [--documents N] [--seed N] [--duration S] [--runs N] [--warmup S] [--reuse]
#
# Prints one table at the end and writes it to artifacts/bench/results.md; beside it: wrk/ (each run's
# output), pages/ (the captured pages the baseline serves), logs/ and the servers' console output.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

articles=100000 categories=20 documents=50000 seed=2026 duration=10 runs=1 warmup=30 reuse=false
usage() {
  echo "usage: bench/run.sh [--articles N] [--categories N] [--documents N] [--seed N] [--duration S] [--runs N] [--warmup S] [--reuse]"
  echo "  --articles N    articles to generate (default 100000; 2000 makes a quick smoke run)"
  echo "  --categories N  categories to generate (default 20)"
  echo "  --documents N   legal documents to generate (default 50000; 0 skips their measurements)"
  echo "  --seed N        the generator's seed (default 2026)"
  echo "  --duration S    seconds of each measured wrk run (default 10)"
  echo "  --runs N        measured wrk runs of each target, the table giving their medians (default 1; 3 on a busy machine)"
  echo "  --warmup S      seconds of load after each server start, before measuring (default 30)"
  echo "  --reuse         keep the generated database if it was made with the same articles, categories and seed"
}
while [ $# -gt 0 ]; do
  case $1 in
    --articles | --categories | --documents | --seed | --duration | --runs | --warmup)
      [[ ${2:-} =~ ^[0-9]+$ ]] || { usage >&2; exit 2; }
      declare "${1#--}=$2"
      shift 2 ;;
    --reuse) reuse=true; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done
((articles >= 1 && categories >= 1 && duration >= 1 && duration <= 120 && runs >= 1 && runs <= 9 && warmup <= 300)) || { usage >&2; exit 2; }

port=${PORTAL_BENCH_PORT:-5190}
portal_url=http://127.0.0.1:$port
baseline_url=http://127.0.0.1:$((port + 1))
reference_url=http://127.0.0.1:$((port + 2))
out=$root/artifacts/bench
data=$out/data
target_warmup=$((duration / 2 > 2 ? duration / 2 : 2)) # per target, after the start's warm-up
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# The portal runs on its defaults, whatever the calling shell has set.
for variable in ${!Portal__@} ${!ConnectionStrings__@} ${!ASPNETCORE_@}; do unset "$variable"; done
source "$root/bench/lib.sh"

# start_portal LABEL [VAR=VALUE...]: the published portal in Production, from its own folder (or its static
# assets are empty), on the generated database; sets $portal_pid and $first_response_ms, the time from just
# before the process is spawned to the first 200 on /, polled every 20 ms.
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
  first_response_ms=$(wait_until_up "$portal_url/" "$portal_pid" 0.02)
  say "Portal ($label) answered 200 on / after $first_response_ms ms"
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
rm -rf "$out/portal" "$out/baseline" "$out/reference" "$out/pages" "$out/wrk" "$out/logs" "$out"/portal-*.log "$out"/baseline-*.txt
mkdir -p "$out/pages" "$out/wrk" "$out/logs"
say "Publishing the portal, the baseline and the reference (Release)"
for project in src/Portal.Web bench/Baseline bench/Reference; do
  name=$(basename "$project")
  folder=$([ "$name" = Portal.Web ] && echo portal || echo "${name,,}")
  run "$root" "$out/publish-$folder.log" timeout 600 dotnet publish "$project" -c Release -o "$out/$folder" -nologo ||
    { tail -n 30 "$out/publish-$folder.log" >&2; fail "publishing $project failed"; }
done

# --- Data: the articles' generation is timed alone (goal: 100,000 in under 60 s), the documents' after it -------

key="articles=$articles categories=$categories documents=$documents seed=$seed"
generate() { # LOG ARGUMENTS...: one `generate` command of the published portal, its wall time in $elapsed_s
  local log=$1 started
  shift
  started=$(now_ms)
  run "$out/portal" "$out/$log" env Portal__DataPath="$data" Portal__Logging__FilePath="$out/logs/generate-.log" \
    timeout $((120 + articles / 100 + documents / 50)) dotnet Portal.Web.dll generate "$@" ||
    { tail -n 30 "$out/$log" >&2; fail "generate $* failed"; }
  elapsed_s=$(awk -v ms=$(($(now_ms) - started)) 'BEGIN { printf "%.1f", ms / 1000 }')
}
if $reuse && [ "$(cat "$data/generated" 2>/dev/null || true)" = "$key" ]; then
  say "Reusing the generated database ($key)"
  generated=reused generation_load="–"
else
  say "Generating $articles articles in $categories categories (seed $seed)"
  loadavg
  rm -rf "$data"
  mkdir -p "$data"
  generation_load=$(load)
  generate generate.log --articles "$articles" --categories "$categories" --seed "$seed"
  generation_load="$generation_load → $(load)"
  generated=$elapsed_s
  say "Generated the articles in $generated s (the command, from its start to its exit)"
  loadavg
  if ((documents > 0)); then
    say "Generating $documents legal documents (seed $seed)"
    generate generate-documents.log --documents "$documents" --seed "$seed"
    say "Generated the documents in $elapsed_s s"
  fi
  echo "$key" >"$data/generated" # only a finished generation is reused
fi

# --- Start: three starts on the existing database, warm file cache, the median kept -------------------------------

say "Reading the database and the published portal once, so the starts find them in the file cache"
cat "$data"/portal.db* "$out"/portal/*.dll >/dev/null
starts=() start_load=$(load)
for i in 1 2 3; do
  loadavg
  start_portal "start-$i"
  starts+=("$first_response_ms")
  ((i == 3)) || stop "$portal_pid"
done
start_load="$start_load → $(load)"
start_median=$(printf '%s\n' "${starts[@]}" | median)
loadavg

# --- The portal, cache as configured (on by default): the third start goes on -------------------------------------

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
# The news of the day: the 1,000 newest articles (by the sitemap's lastmod), which the cache holds whole.
sed -n 's#.*<loc>https\?://[^/]*\([^<]*\)</loc>[[:space:]]*<lastmod>\([^<]*\)</lastmod>.*#\2 \1#p' "$out/sitemap-urls.txt" |
  grep ' /bai-viet/' | sort -r | awk 'NR <= 1000 { print $2 }' >"$out/articles-newest.txt"
[ -s "$out/articles-newest.txt" ] || fail "the sitemap gives no lastmod for its articles"
grep '^/chuyen-muc/' "$out/urls.txt" >"$out/categories.txt" || fail "the sitemap lists no category"
article_count=$(wc -l <"$out/articles.txt")
say "$article_count articles, $(wc -l <"$out/categories.txt") categories"

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
loadavg
((warmup == 0)) || wrk_run portal-start-warmup 64 "$warmup" "$portal_url/" "$out/articles-newest.txt"
loadavg

# The baseline's article: of 20 articles (the same each run), the one closest to their mean size.
mapfile -t sample < <(shuf -n 20 --random-source=<(yes) "$out/articles-newest.txt")
sizes=()
for path in "${sample[@]}"; do sizes+=("$(curl -fsS -o /dev/null -w '%{size_download}' --max-time 30 "$portal_url$path")"); done
article_path=$(for i in "${!sample[@]}"; do echo "${sizes[$i]} ${sample[$i]}"; done |
  awk '{ size[NR] = $1; path[NR] = $2; sum += $1 }
       END { mean = sum / NR; for (i = 1; i <= NR; i++) { d = size[i] - mean; d = d < 0 ? -d : d; if (best == "" || d < best) { best = d; pick = path[i] } } print pick }')
portal_article_mean=$(printf '%s\n' "${sizes[@]}" | awk '{ s += $1 } END { printf "%.0f", s / NR }')

mapfile -t words <"$root/bench/search-words.txt"
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

port_free "${baseline_url##*:}"
started_ms=$(now_ms)
spawn "$out/baseline" "$out/baseline.log" dotnet Baseline.dll --pages "$out/pages" --urls "$baseline_url"
baseline_pid=$spawned
wait_until_up "$baseline_url/home" "$baseline_pid" >/dev/null

# The newest 1,000 row measures hits: each of them asked once first, whatever the warm-up reached.
say "Filling the page cache with the 1,000 newest articles (each asked once, 4 at a time)"
run "$root" "$out/cache-fill.log" timeout 600 xargs -a "$out/articles-newest.txt" -P 4 -I{} \
  curl -s -o /dev/null --max-time 30 "$portal_url{}" || fail "filling the cache failed: see $out/cache-fill.log$(stopped_servers)"

say "Measuring, cache as configured ($runs run(s) of ${duration} s after ${target_warmup} s of warm-up; baseline after 2 s)"
# wrk builds each request in Lua for the portal's random targets; it does the same for the baseline, to cost both alike.
for name in article search; do echo "/$name" >"$out/baseline-$name.txt"; done
warm_seconds=$target_warmup
measure portal article-newest 64 "$portal_url/" "$out/articles-newest.txt"
measure portal article-all 64 "$portal_url/" "$out/articles.txt"
warm_seconds=2
measure baseline article 64 "$baseline_url/" "$out/baseline-article.txt"
for name in home category-first category-deep; do
  IFS='|' read -r _ path _ <<<"$(printf '%s\n' "${targets[@]}" | grep "^$name|")"
  warm_seconds=$target_warmup
  measure portal "$name" 64 "$portal_url$path"
  warm_seconds=2
  measure baseline "$name" 64 "$baseline_url/$name"
done
warm_seconds=$target_warmup
measure portal search 16 "$portal_url/" "$out/searches.txt"
warm_seconds=2
measure baseline search 16 "$baseline_url/" "$out/baseline-search.txt"
rss_cached_pages=$(rss_mb "$portal_pid")
if ((documents > 0)); then
  say "Measuring the legal documents (bench/documents.sh)"
  run "$root" "$out/documents.log" bench/documents.sh "$portal_url" "$portal_pid" "$data/portal.db" "$out" "$duration" ||
    { tail -n 30 "$out/documents.log" >&2; fail "the documents' measurements failed$(stopped_servers)"; }
fi
rss_cached=$(rss_mb "$portal_pid") rss_cached_load=$(load)
say "Portal RSS, cache as configured: $rss_cached_pages MB after the pages, $rss_cached MB at the end"
stop "$portal_pid"
stop "$baseline_pid"
baseline_pid=""

# --- The portal with its output cache off, against the reference -------------------------------------------------

loadavg
start_portal uncached Portal__Cache__Enabled=false
first_response_uncached=$first_response_ms
port_free "${reference_url##*:}"
started_ms=$(now_ms)
spawn "$out/reference" "$out/reference.log" env ASPNETCORE_ENVIRONMENT=Production \
  dotnet Reference.dll --database "$data/portal.db" --urls "$reference_url"
reference_pid=$spawned
wait_until_up "$reference_url$article_path" "$reference_pid" >/dev/null
# The pages compared: the same 20 articles from both (the reference prints no related list).
reference_sizes=()
for path in "${sample[@]}"; do reference_sizes+=("$(curl -fsS -o /dev/null -w '%{size_download}' --max-time 30 "$reference_url$path")"); done
reference_article_mean=$(printf '%s\n' "${reference_sizes[@]}" | awk '{ s += $1 } END { printf "%.0f", s / NR }')

say "Warming up the portal (cache off) and the reference for $warmup s each (random articles of all)"
loadavg
if ((warmup > 0)); then
  wrk_run portal-uncached-start-warmup 64 "$warmup" "$portal_url/" "$out/articles.txt"
  wrk_run reference-start-warmup 64 "$warmup" "$reference_url/" "$out/articles.txt"
fi
say "Measuring, cache off"
warm_seconds=$target_warmup
measure portal article-uncached 64 "$portal_url/" "$out/articles.txt"
measure reference article 64 "$reference_url/" "$out/articles.txt"
for name in home category-first category-deep; do
  IFS='|' read -r _ path _ <<<"$(printf '%s\n' "${targets[@]}" | grep "^$name|")"
  measure portal "$name-uncached-1" 1 "$portal_url$path"
  measure portal "$name-uncached" 64 "$portal_url$path"
done
rss_uncached=$(rss_mb "$portal_pid") rss_uncached_load=$(load)
stop "$reference_pid"
stop "$portal_pid"
reference_pid="" portal_pid=""

source "$root/bench/report.sh" >"$out/results.md"
echo
cat "$out/results.md"
