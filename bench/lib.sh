# Helpers of bench/run.sh, sourced by it: the processes it starts, the measurements and the table's cells.
# Expects $root (the repository) and $out (artifacts/bench) to be set.

say() { printf '== %s\n' "$*"; }
fail() { printf 'bench/run.sh: %s\n' "$*" >&2; exit 1; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }
# The 1-minute load average, as the table shows it; `loadavg` prints the whole line as the run goes.
load() { cut -d' ' -f1 /proc/loadavg; }
loadavg() { printf '   load average %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR == 0 ? "-" : v[int((NR + 1) / 2)]) }'; }
rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

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

# wait_until_up URL PID [SECONDS_BETWEEN_POLLS]: polls until URL answers 200 (every 50 ms unless told); prints
# the milliseconds since $started_ms.
wait_until_up() {
  local pause=${3:-0.05}
  until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$1" || true)" = 200 ]; do
    kill -0 "$2" 2>/dev/null || fail "the server for $1 stopped while starting: see its log in $out"
    (($(now_ms) - started_ms < 120000)) || fail "$1 did not answer within 120 s"
    sleep "$pause"
  done
  echo $(($(now_ms) - started_ms))
}

port_free() {
  ! curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$1/" || fail "port $1 is in use (set PORTAL_BENCH_PORT)"
}

# Why a run may have failed: a server that is gone (its log says whether it stopped itself).
stopped_servers() {
  [ -z "${portal_pid:-}" ] || kill -0 "$portal_pid" 2>/dev/null || echo "; the portal has stopped: see $out/portal-*.log"
  [ -z "${baseline_pid:-}" ] || kill -0 "$baseline_pid" 2>/dev/null || echo "; the baseline has stopped: see $out/baseline.log"
  [ -z "${reference_pid:-}" ] || kill -0 "$reference_pid" 2>/dev/null || echo "; the reference has stopped: see $out/reference.log"
}

# --- Measuring ----------------------------------------------------------------------------------------------------

# wrk_run NAME CONNECTIONS SECONDS URL [PATHS_FILE]: one bounded wrk run; its BENCH line in $result.
wrk_run() {
  local name=$1 connections=$2 seconds=$3 url=$4 paths=${5:-}
  local file=$out/wrk/$name.txt threads=$((connections < 2 ? connections : 2))
  run "$root" "$file" timeout $((seconds + 30)) wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 5s --latency \
    -s "$root/bench/wrk.lua" "$url" ${paths:+-- "$paths"} || fail "wrk failed for $name: see $file$(stopped_servers)"
  result=$(grep '^BENCH ' "$file") || fail "wrk gave no result for $name: see $file"
}
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$result"; }

# measure SERVER TARGET CONNECTIONS URL [PATHS_FILE]: a warm-up run ($warm_seconds), then $runs measured runs
# between two load averages; the medians kept in rps_of[SERVER/TARGET] etc., the errors summed.
declare -A rps_of p50_of p95_of p99_of failed_of load_of
measure() {
  local server=$1 target=$2 connections=$3 url=$4 paths=${5:-}
  local key=$server/$target before i runs_file=$out/wrk/$1-$2.runs
  wrk_run "$server-$target-warmup" "$connections" "$warm_seconds" "$url" "$paths"
  before=$(load)
  : >"$runs_file"
  for ((i = 1; i <= runs; i++)); do
    wrk_run "$server-$target-$i" "$connections" "$duration" "$url" "$paths"
    echo "$(field rps) $(field p50_ms) $(field p95_ms) $(field p99_ms) $(($(field non2xx) + $(field errors))) $(field requests)" >>"$runs_file"
  done
  load_of[$key]="$before → $(load)"
  rps_of[$key]=$(cut -d' ' -f1 "$runs_file" | median)
  p50_of[$key]=$(cut -d' ' -f2 "$runs_file" | median)
  p95_of[$key]=$(cut -d' ' -f3 "$runs_file" | median)
  p99_of[$key]=$(cut -d' ' -f4 "$runs_file" | median)
  failed_of[$key]=$(awk '{ s += $5 } END { print s + 0 }' "$runs_file")
  awk '{ s += $6 } END { exit !(s > 0) }' "$runs_file" || failed_of[$key]=none
  printf '   %-9s %-24s c=%-3s %7s req/s  p50 %7s ms  p95 %7s ms  p99 %7s ms  load %s\n' "$server" "$target" \
    "$connections" "${rps_of[$key]}" "${p50_of[$key]}" "${p95_of[$key]}" "${p99_of[$key]}" "${load_of[$key]}"
}

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

# --- The table's cells --------------------------------------------------------------------------------------------

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf (b > 0 ? "%.0f %%" : "–"), 100 * a / b }'; }
# verdict VALUE OP LIMIT [VALUE OP LIMIT...]: "met" when every condition holds (OP: < <= >=), "missed" otherwise.
verdict() {
  local ok=1
  while [ $# -ge 3 ]; do
    awk -v v="$1" -v op="$2" -v l="$3" 'BEGIN { v += 0; l += 0; exit !((op == "<" && v < l) || (op == "<=" && v <= l) || (op == ">=" && v >= l)) }' || ok=0
    shift 3
  done
  ((ok)) && echo "**met**" || echo "**missed**"
}
ratio_number() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b > 0 ? 100 * a / b : 0) }'; }

# row LABEL KEY COMPARED_LABEL COMPARED_KEY GOAL VERDICT: one line of the main table. TAIL is p99, or p95 for
# a key whose label says so; a key without a completed request says it.
row() {
  local label=$1 key=$2 compared=${4:-} tail=${p99_of[$2]:-–} against="–" share="–"
  [[ $label == *"(16)"* ]] && tail="${p95_of[$key]} (p95)"
  if [ "${failed_of[$key]}" = none ]; then
    label="$label (no request completed)"
  elif ((failed_of[$key] > 0)); then
    label="$label (${failed_of[$key]} errors or non-2xx answers)"
  fi
  if [ -n "$compared" ]; then
    against="$3: ${rps_of[$compared]} req/s"
    share=$(ratio "${rps_of[$key]}" "${rps_of[$compared]}")
  fi
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$label" "${rps_of[$key]}" "${p50_of[$key]}" "$tail" \
    "$against" "$share" "$5" "$6" "${load_of[$key]}"
}
