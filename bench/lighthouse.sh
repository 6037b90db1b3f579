#!/usr/bin/env bash
# Lighthouse scores of public pages, on a published Release build in Production, on loopback.
# Usage: bench/lighthouse.sh [PAGE...], each PAGE a path (/lich-cong-tac) or NAME:PATH (schedule:/lich-cong-tac);
# by default the home page and the seeded article. PORTAL_LIGHTHOUSE_COOKIE="portal-display=contrast-high" scores the
# pages as a reader with that cookie sees them (a reading aid, or the language: .AspNetCore.Culture=c=en|uic=en).
# Not part of test.sh. Needs Node.js 20 (npm installs lighthouse@12.2.3 into .tools/lighthouse/) and /usr/bin/chromium.
# Prints one line per page; writes the JSON reports to artifacts/lighthouse/.
set -euo pipefail
cd "$(dirname "$0")/.."

port=${PORTAL_BENCH_PORT:-5180}
out=artifacts/lighthouse
data=$(mktemp -d)
mkdir -p "$out"

if [ ! -x .tools/lighthouse/node_modules/.bin/lighthouse ]; then
  npm install --prefix .tools/lighthouse --no-save --no-audit --no-fund --no-package-lock lighthouse@12.2.3 >/dev/null
fi

dotnet publish src/Portal.Web -c Release -o artifacts/publish -nologo -v quiet >/dev/null
# Started from its own folder: the content root (and so wwwroot) is the working directory.
(cd artifacts/publish && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" Portal__DataPath="$data" \
  exec dotnet Portal.Web.dll) >"$out/portal.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 60); do curl -fs -o /dev/null "http://127.0.0.1:$port/" && break; sleep 1; done

flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"
pages=("$@")
if [ ${#pages[@]} -eq 0 ]; then
  pages=(home:/ article:/bai-viet/25/hoi-nghi-truc-tuyen-tong-ket-cong-tac-dan-van-toan-quoc-nam-2018)
fi
headers=()
if [ -n "${PORTAL_LIGHTHOUSE_COOKIE:-}" ]; then
  headers=(--extra-headers="$(node -e 'console.log(JSON.stringify({ Cookie: process.argv[1] }))' "$PORTAL_LIGHTHOUSE_COOKIE")")
fi
printf '%-16s %14s %15s %15s %5s  %s\n' page performance accessibility best-practices seo address
for page in "${pages[@]}"; do
  if [[ $page == /* ]]; then
    path=$page
    name=$(printf '%s' "$path" | tr -c 'a-zA-Z0-9\n' '-' | sed 's/^-*//; s/-*$//')
    name=${name:-home}
  else
    name=${page%%:*}
    path=${page#*:}
  fi
  CHROME_PATH=/usr/bin/chromium .tools/lighthouse/node_modules/.bin/lighthouse "http://127.0.0.1:$port$path" \
    --chrome-flags="$flags" "${headers[@]}" --output=json --output-path="$out/$name.json" --quiet >/dev/null 2>&1 || true
  node -e '
    const r = require(process.argv[1]);
    const s = k => Math.round(r.categories[k].score * 100);
    console.log(process.argv[2].padEnd(16), String(s("performance")).padStart(14), String(s("accessibility")).padStart(15),
      String(s("best-practices")).padStart(15), String(s("seo")).padStart(5), "", process.argv[3]);' "$PWD/$out/$name.json" "$name" "$path"
done
