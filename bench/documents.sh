#!/usr/bin/env bash
# Issue 16's measurements of the legal documents, on a portal bench/run.sh has started on its generated database
# (run.sh calls it; it can be run alone on any running portal):
#   - the list /van-ban with three filters (type, issuer, year) and its counts: wrk, 16 connections, a list of filter
#     addresses drawn from the whole range of the lists and years;
#   - a full-text search over the documents' files: /search?loai=van-ban&q=WORD and the list's own /van-ban?q=WORD;
#   - the text of a 100-page PDF read by the portal's DocumentFileReader (bench/DocumentBench);
#   - /van-ban.csv of the whole library, streamed, the portal's RSS before, at its peak during, and after.
# Each wrk target runs RUNS times (after a warm-up) and the table gives the medians, with the load average before
# and after each measurement, since other work on the machine moves the figures.
#
#   bench/documents.sh PORTAL_URL PORTAL_PID DATABASE OUT_DIR [DURATION_S] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
[ $# -ge 4 ] || { echo "usage: bench/documents.sh PORTAL_URL PORTAL_PID DATABASE OUT_DIR [DURATION_S] [RUNS]" >&2; exit 2; }
url=$1 pid=$2 database=$3 out=$4 duration=${5:-10} runs=${6:-3}
mkdir -p "$out/wrk"
command -v sqlite3 >/dev/null 2>&1 || { echo "bench/documents.sh: sqlite3 is needed to read the lists' ids" >&2; exit 1; }

load() { cut -d' ' -f1 /proc/loadavg; }
rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR == 0 ? "-" : v[int((NR + 1) / 2)]) }'; }
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }

# --- The addresses ------------------------------------------------------------------------------------------------

sql() { sqlite3 -readonly "$database" "$1"; }
documents=$(sql 'SELECT COUNT(*) FROM "LegalDocuments"')
mapfile -t types < <(sql 'SELECT "Id" FROM "DocumentTypes"')
mapfile -t issuers < <(sql 'SELECT "Id" FROM "DocumentIssuers"')
read -r first_year last_year < <(sql "SELECT MIN(substr(\"IssuedOn\", 1, 4)), MAX(substr(\"IssuedOn\", 1, 4)) FROM \"LegalDocuments\"" | tr '|' ' ')
RANDOM=2026
: >"$out/document-lists.txt"
for _ in $(seq 1 500); do
  echo "/van-ban?loai=${types[RANDOM % ${#types[@]}]}&co-quan=${issuers[RANDOM % ${#issuers[@]}]}&nam=$((first_year + RANDOM % (last_year - first_year + 1)))"
done >"$out/document-lists.txt"
words=("giai ngan" "tiem chung" "boi thuong" "thien tai" "chat thai" "nong thon moi" "hoc phi" "phong chay" "khoang san"
  "du lich bien" "nuoc sach" "chung cu" "cum cong nghiep" "rung phong ho" "giam ngheo" "thu tuc hanh chinh" "ve sinh thuc pham")
: >"$out/document-searches.txt"
: >"$out/document-list-words.txt"
for word in "${words[@]}"; do
  echo "/search?loai=van-ban&q=${word// /+}" >>"$out/document-searches.txt"
  echo "/van-ban?q=${word// /+}" >>"$out/document-list-words.txt"
done

# --- wrk targets --------------------------------------------------------------------------------------------------

declare -A p50 p95 rps failed load_before load_after
measure() { # NAME PATHS_FILE
  local name=$1 paths=$2 i result
  timeout $((duration + 30)) wrk -t2 -c16 -d"$((duration / 2 > 2 ? duration / 2 : 2))s" --timeout 5s -s bench/wrk.lua "$url/" -- "$paths" >"$out/wrk/$name-warmup.txt"
  load_before[$name]=$(load)
  : >"$out/wrk/$name.runs"
  for i in $(seq 1 "$runs"); do
    timeout $((duration + 30)) wrk -t2 -c16 -d"${duration}s" --timeout 5s --latency -s bench/wrk.lua "$url/" -- "$paths" >"$out/wrk/$name-$i.txt"
    result=$(grep '^BENCH ' "$out/wrk/$name-$i.txt") || { echo "wrk gave no result for $name: see $out/wrk/$name-$i.txt" >&2; exit 1; }
    echo "$(field p50_ms "$result") $(field p95_ms "$result") $(field rps "$result") $(($(field non2xx "$result") + $(field errors "$result")))" >>"$out/wrk/$name.runs"
  done
  load_after[$name]=$(load)
  p50[$name]=$(cut -d' ' -f1 "$out/wrk/$name.runs" | median)
  p95[$name]=$(cut -d' ' -f2 "$out/wrk/$name.runs" | median)
  rps[$name]=$(cut -d' ' -f3 "$out/wrk/$name.runs" | median)
  failed[$name]=$(awk '{ s += $4 } END { print s }' "$out/wrk/$name.runs")
  printf '   %-22s p50 %7s ms  p95 %7s ms  %7s req/s\n' "$name" "${p50[$name]}" "${p95[$name]}" "${rps[$name]}"
}

echo "== Documents: $documents in the library; ${#types[@]} types, ${#issuers[@]} issuers, years $first_year-$last_year"
measure list-three-filters "$out/document-lists.txt"
measure search-documents "$out/document-searches.txt"
measure list-words "$out/document-list-words.txt"

# --- A 100-page PDF -----------------------------------------------------------------------------------------------

timeout 600 dotnet publish bench/DocumentBench -c Release -o "$out/document-bench" -v quiet -nologo >"$out/document-bench.log" 2>&1 ||
  { tail -n 20 "$out/document-bench.log" >&2; exit 1; }
pdf_load_before=$(load)
pdf=$(timeout 600 "$out/document-bench/DocumentBench" 5 | grep '^PDF ')
pdf_load_after=$(load)

# --- /van-ban.csv of the whole library, RSS sampled while it streams ------------------------------------------------

csv_load_before=$(load)
rss_before=$(rss_mb "$pid")
csv_times=() rss_peak=$rss_before rows=0 csv_failed=""
for i in 1 2 3; do
  curl -fsS --max-time 600 -o "$out/van-ban.csv" -w '%{time_total}\n' "$url/van-ban.csv" >"$out/csv-time-$i.txt" &
  curl_pid=$!
  while kill -0 "$curl_pid" 2>/dev/null; do
    rss=$(rss_mb "$pid")
    ((rss > rss_peak)) && rss_peak=$rss
    sleep 0.1
  done
  wait "$curl_pid" || { csv_failed=" (FAILED: the portal did not serve /van-ban.csv)"; break; }
  csv_times+=("$(cat "$out/csv-time-$i.txt")")
  rows=$(($(wc -l <"$out/van-ban.csv") - 1))
done
rss_after=$(rss_mb "$pid")
csv_median=$(printf '%s\n' "${csv_times[@]}" | median)
csv_load_after=$(load)

# --- The table ----------------------------------------------------------------------------------------------------

row() { # LABEL NAME
  local note=""
  [ "${failed[$2]}" = 0 ] || note=" (${failed[$2]} errors or non-2xx)"
  printf '| %s%s | %s | %s | %s | %s → %s |\n' "$1" "$note" "${p50[$2]}" "${p95[$2]}" "${rps[$2]}" "${load_before[$2]}" "${load_after[$2]}"
}
{
  echo
  echo "## Legal documents ($documents documents; medians of $runs runs of ${duration} s, 16 connections)"
  echo
  echo "| target | p50 ms | p95 ms | req/s | load average before → after |"
  echo "|---|---:|---:|---:|---:|"
  row "/van-ban, type + issuer + year, with counts (500 addresses)" list-three-filters
  row "/search?loai=van-ban, words of the files (${#words[@]} queries)" search-documents
  row "/van-ban?q=, words of the files, with counts" list-words
  echo
  echo "| measurement | median | details | load average before → after |"
  echo "|---|---:|---|---:|"
  echo "| text of a 100-page PDF (DocumentFileReader, 5 runs) | $(field median_ms "$pdf") ms | $(field pages "$pdf") pages, $(field bytes "$pdf") bytes, $(field chars "$pdf") characters; min $(field min_ms "$pdf"), max $(field max_ms "$pdf") ms | $pdf_load_before → $pdf_load_after |"
  echo "| /van-ban.csv, all $rows rows streamed (3 runs)$csv_failed | ${csv_median} s | $(wc -c <"$out/van-ban.csv" 2>/dev/null || echo 0) bytes; portal RSS $rss_before MB before, $rss_peak MB at the peak, $rss_after MB after | $csv_load_before → $csv_load_after |"
} | tee "$out/documents.md"
