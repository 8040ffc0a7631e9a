-- wrk script: every request asks for a different page (random offset), so the response cache
-- rarely helps and the database does the work. Usage: wrk ... -s vary.lua URL-with-query
local base = nil
request = function()
  if base == nil then base = wrk.path .. (string.find(wrk.path, "?", 1, true) and "&" or "?") end
  return wrk.format("GET", base .. "offset=" .. math.random(0, 4000))
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("p50=%.2fms p95=%.2fms p99=%.2fms max=%.2fms requests=%d errors=%d non2xx=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests, e.connect + e.read + e.write + e.timeout + e.status, e.status))
end
