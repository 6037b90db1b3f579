#!/usr/bin/env bash
# Where the portal's CPU goes on one kind of request, under load: the published build of bench/run.sh (artifacts/bench/
# portal, on its database artifacts/bench/data), cache off, sampled by Linux perf with the runtime's perf map.
#
#   bench/profile/run.sh PATH|FILE_OF_PATHS [--warmup S] [--seconds S] [--connections N]
#   bench/profile/run.sh artifacts/bench/articles.txt        # random articles of all
#   bench/profile/run.sh /                                   # the home page
#
# Needs a finished bench/run.sh (its publish folder, database and address lists), wrk and perf (installed with apt-get
# when missing). Listens on 127.0.0.1:5199 only; the load and the recording are bounded; the portal is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
target=${1:?usage: bench/profile/run.sh PATH|FILE_OF_PATHS [--warmup S] [--seconds S] [--connections N]}
shift
warmup=30 seconds=12 connections=16
while [ $# -gt 0 ]; do
  case $1 in
    --warmup | --seconds | --connections) [[ ${2:-} =~ ^[0-9]+$ ]] || { echo "bad $1" >&2; exit 2; }; declare "${1#--}=$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
portal=$root/artifacts/bench/portal data=$root/artifacts/bench/data out=$root/artifacts/bench/profile
[ -f "$portal/Portal.Web.dll" ] && [ -f "$data/portal.db" ] || { echo "run bench/run.sh first" >&2; exit 1; }
missing=()
command -v perf >/dev/null 2>&1 || missing+=(linux-perf)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
mkdir -p "$out"
url=http://127.0.0.1:5199
(cd "$portal" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS=$url Portal__DataPath="$data" \
  Portal__Logging__FilePath="$out/portal-.log" Portal__Security__SearchesPerMinute=100000 Portal__Cache__Enabled=false \
  DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 dotnet Portal.Web.dll) >"$out/portal.out" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 1200); do curl -fs -o /dev/null --max-time 2 "$url/" && break; sleep 0.1; done
load() {
  if [ -f "$target" ]; then
    timeout $(($1 + 30)) wrk -t2 -c"$connections" -d"$1s" -s bench/wrk.lua "$url/" -- "$target" >/dev/null
  else
    timeout $(($1 + 30)) wrk -t2 -c"$connections" -d"$1s" -s bench/wrk.lua "$url$target" >/dev/null
  fi
}
echo "== warming up for $warmup s; load average $(cut -d' ' -f1-3 /proc/loadavg)"
load "$warmup"
load $((seconds + 2)) &
loading=$!
sleep 1
perf record -F 499 -g -p "$pid" -o "$out/perf.data" -- sleep "$seconds" 2>/dev/null
wait "$loading"
echo "== recorded $seconds s at $connections connections; load average $(cut -d' ' -f1-3 /proc/loadavg)"
perf script -i "$out/perf.data" 2>/dev/null | python3 bench/profile/classify.py
