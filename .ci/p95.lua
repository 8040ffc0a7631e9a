-- wrk script: print the latency percentiles the load criterion names (p50, p95, p99) and errors.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("p50=%.2fms p95=%.2fms p99=%.2fms max=%.2fms requests=%d errors=%d non2xx=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests, e.connect + e.read + e.write + e.timeout + e.status, e.status))
end
