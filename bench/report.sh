# The results' tables of bench/run.sh (sourced by it at the end, output to results.md): every goal of issue 18,
# what it is compared with in the same run, whether it is met, and the load average around each measurement.

# judge KEY VALUE OP LIMIT...: the verdict on a wrk measurement; one that failed or was refused is missed.
judge() {
  local key=$1
  shift
  case ${failed_of[$key]} in
    none) echo "**missed** (no answer)" ;;
    0) verdict "$@" ;;
    *) echo "**missed** (errors)" ;;
  esac
}
share() { ratio_number "${rps_of[$1]}" "${rps_of[$2]}"; }

# The page cache's limit: the published settings' value, else the option's default in the source.
cache_limit_mb() {
  local value
  value=$(grep -o '"SizeLimitMegabytes"[[:space:]]*:[[:space:]]*[0-9]*' "$out/portal/appsettings.json" 2>/dev/null | grep -o '[0-9]*$' || true)
  [ -n "$value" ] || value=$(sed -n 's/.*SizeLimitMegabytes { get; set; } = \([0-9]*\);.*/\1/p' "$root/src/Portal.Web/Caching/PageCacheOptions.cs")
  echo "${value:-?}"
}
limit_mb=$(cache_limit_mb)
# An entry costs its page, its key and tags (about 2 × 150 bytes) and 256 bytes of bookkeeping (MemoryPageCacheStore).
pages_held=$(awk -v l="$limit_mb" -v m="$portal_article_mean" 'BEGIN { printf "%.0f", (l + 0 > 0 ? l * 1048576 / (m + 556) : 0) }')
deep="page $deep_page"

commit=$(git rev-parse --short HEAD)
git diff --quiet HEAD 2>/dev/null || commit="$commit (with uncommitted changes)"
echo "# Benchmark results"
echo
echo "\`bench/run.sh --articles $articles --categories $categories --documents $documents --seed $seed --duration $duration --runs $runs --warmup $warmup\`" \
  "on $(date -u '+%Y-%m-%d %H:%M UTC'), commit $commit, $(nproc) cores; $article_count articles in the sitemap." \
  "Each target: $target_warmup s of warm-up (the baseline's 2 s), then $runs run(s) of $duration s, the medians given;" \
  "64 connections unless said."
echo "The last column is the 1-minute load average just before and just after the measured run: figures taken under a" \
  "load above the cores' count ($(nproc)) are noisy, and only the ratios of one run compare."
echo
echo "| goal: measurement | req/s | p50 ms | p99 ms | compared with | ratio | goal | result | load before → after |"
echo "|---|---:|---:|---:|---|---:|---|---|---|"
row "1. article, cache off, random of all $article_count (64)" portal/article-uncached reference reference/article \
  "≥ 80 % of the reference" "$(judge portal/article-uncached "$(share portal/article-uncached reference/article)" '>=' 80)"
row "&nbsp;&nbsp; reference (bench/Reference), the same addresses (64)" reference/article "" "" "–" "–"
for name in home category-first category-deep; do
  case $name in home) label=home ;; category-first) label="category page 1" ;; *) label="category $deep" ;; esac
  row "2. $label, cache off (1 connection)" "portal/$name-uncached-1" "" "" "p50 < 5 ms" \
    "$(judge "portal/$name-uncached-1" "${p50_of[portal/$name-uncached-1]}" '<' 5)"
  row "&nbsp;&nbsp; $label, cache off (64)" "portal/$name-uncached" "" "" "req/s, for the record" "–"
done
row "3. article, cached, random of all $article_count (64)" portal/article-all baseline baseline/article \
  "≥ 90 % of the baseline, p99 < 25 ms" \
  "$(judge portal/article-all "$(share portal/article-all baseline/article)" '>=' 90 "${p99_of[portal/article-all]}" '<' 25)"
row "&nbsp;&nbsp; article, cached, random of the 1,000 newest (64)" portal/article-newest baseline baseline/article \
  "issue 6: ≥ 80 %, p99 < 25 ms" \
  "$(judge portal/article-newest "$(share portal/article-newest baseline/article)" '>=' 80 "${p99_of[portal/article-newest]}" '<' 25)"
row "&nbsp;&nbsp; baseline (bench/Baseline): one article's bytes (64)" baseline/article "" "" "–" "–"
row "4. search, random words (16)" portal/search baseline baseline/search "p95 < 30 ms" \
  "$(judge portal/search "${p95_of[portal/search]}" '<' 30)"
for name in home category-first category-deep; do
  case $name in home) label=home ;; category-first) label="category page 1" ;; *) label="category $deep" ;; esac
  row "&nbsp;&nbsp; $label, cached (64)" "portal/$name" baseline "baseline/$name" "issue 6: ≥ 70 %, p99 < 25 ms" \
    "$(judge "portal/$name" "$(share "portal/$name" "baseline/$name")" '>=' 70 "${p99_of[portal/$name]}" '<' 25)"
done
echo
echo "| goal: measurement | figure | goal | result | load before → after |"
echo "|---|---:|---|---|---|"
rss_when=$( ((documents > 0)) && echo "after the documents' measurements" || echo "after the page targets")
echo "| 5. portal RSS at the end, cache as configured ($rss_when) | $rss_cached MB | < 250 MB |" \
  "$(verdict "$rss_cached" '<' 250) | $rss_cached_load at the reading |"
echo "| 5. portal RSS at the end, cache off | $rss_uncached MB | < 250 MB | $(verdict "$rss_uncached" '<' 250) | $rss_uncached_load at the reading |"
echo "| 6. first 200 on / after the process start, median of 3 starts (warm file cache) | $start_median ms |" \
  "≤ 2,000 ms | $(verdict "$start_median" '<=' 2000) | $start_load |"
if [ "$generated" = reused ]; then
  echo "| 6. \`generate --articles $articles\` | reused (--reuse) | < 60 s | – | – |"
else
  echo "| 6. \`generate --articles $articles --categories $categories\`, the whole command | $generated s | < 60 s |" \
    "$(verdict "$generated" '<' 60) | $generation_load |"
fi
echo
echo "- **What the cache holds**: the page cache's limit is $limit_mb MB (\`Portal:Cache:SizeLimitMegabytes\`), about" \
  "$pages_held article pages of the mean size ($portal_article_mean bytes), of $article_count articles. The portal does not" \
  "report how many pages its cache held; its RSS was $rss_cached_pages MB after the page targets." \
  "A miss costs what the uncached article row shows (p50 ${p50_of[portal/article-uncached]} ms, p99 ${p99_of[portal/article-uncached]} ms);" \
  "a hit, the newest 1,000 row (p50 ${p50_of[portal/article-newest]} ms, p99 ${p99_of[portal/article-newest]} ms)."
echo "- **The reference's page against the portal's**: over the same 20 articles, $reference_article_mean bytes" \
  "against $portal_article_mean ($(ratio "$reference_article_mean" "$portal_article_mean")); the reference prints the same" \
  "layout and article but no related list (a second read)."
echo "- **Starts**: ${starts[*]} ms (cache as configured; polled every 20 ms from just before the process is spawned);" \
  "the start with the cache off, after the others: $first_response_uncached ms."
echo "- Baseline pages (the portal's bytes, served from memory by bench/Baseline): article \`$article_path\`" \
  "($(wc -c <"$out/pages/article") bytes), category \`$largest\`, search \`$(head -n 1 "$out/searches.txt")\`."
[ -z "$deep_note" ] || echo "- $deep_note"
((documents == 0)) || cat "$out/documents.md"
