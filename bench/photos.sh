#!/usr/bin/env bash
# Photo processing on a generated 12-megapixel JPEG (4000 × 3000): all ten variants (5 widths × WebP and JPEG),
# the portal's PhotoProcessor against plain libvips (decode whole, then resize), one process per mode.
# Usage: bench/photos.sh [runs, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
out=bench/PhotoBench/bin/publish
dotnet publish bench/PhotoBench -c Release -o "$out" -v quiet -nologo >/dev/null
echo "| mode | input | runs | median | range | libvips peak memory | process peak RSS | output, 10 variants |"
echo "|---|---|---|---|---|---|---|---|"
for mode in portal portal-2-threads plain; do
    "$out/PhotoBench" "$mode" "$runs"
done
