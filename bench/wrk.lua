-- wrk script for bench/run.sh.
--   wrk ... -s bench/wrk.lua URL           requests the URL's own path every time
--   wrk ... -s bench/wrk.lua URL -- FILE   requests a random line of FILE (a path: /bai-viet/12/slug) each time
-- At the end it prints one line that run.sh reads, so run.sh never parses wrk's own report:
--   BENCH requests=N rps=R p50_ms=X p95_ms=X p99_ms=X non2xx=N errors=N

-- Each request is a reader's browser without cookies: a new visitor, counted, given the visit cookie (a request
-- without a User-Agent would be taken for a crawler and skip the counter).
wrk.headers["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36"

local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
  thread:set("id", #threads)
end

function init(args)
  if not args[1] then
    return
  end
  local paths = {}
  for line in io.lines(args[1]) do
    if line ~= "" then
      paths[#paths + 1] = line
    end
  end
  assert(#paths > 0, "no paths in " .. args[1])
  -- Each thread draws its own sequence; `id` comes from setup().
  math.randomseed(os.time() * 64 + id)
  request = function()
    return wrk.format(nil, paths[math.random(#paths)])
  end
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format("BENCH requests=%d rps=%.0f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f non2xx=%d errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    errors.status, errors.connect + errors.read + errors.write + errors.timeout))
end
