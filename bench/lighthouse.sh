#!/usr/bin/env bash
# Lighthouse scores of the home and article pages, on a published Release build in Production, on loopback.
# Not part of test.sh. Needs Node.js 20 (npm installs lighthouse@12.2.3 into .tools/lighthouse/) and /usr/bin/chromium.
# Prints a table; writes the JSON reports to artifacts/lighthouse/.
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
printf '%-10s %14s %15s %15s %5s\n' page performance accessibility best-practices seo
for page in home:/ article:/bai-viet/25/hoi-nghi-truc-tuyen-tong-ket-cong-tac-dan-van-toan-quoc-nam-2018; do
  name=${page%%:*}
  path=${page#*:}
  CHROME_PATH=/usr/bin/chromium .tools/lighthouse/node_modules/.bin/lighthouse "http://127.0.0.1:$port$path" \
    --chrome-flags="$flags" --output=json --output-path="$out/$name.json" --quiet >/dev/null 2>&1 || true
  node -e '
    const r = require(process.argv[1]);
    const s = k => Math.round(r.categories[k].score * 100);
    console.log(process.argv[2].padEnd(10), String(s("performance")).padStart(14), String(s("accessibility")).padStart(15),
      String(s("best-practices")).padStart(15), String(s("seo")).padStart(5));' "$PWD/$out/$name.json" "$name"
done
