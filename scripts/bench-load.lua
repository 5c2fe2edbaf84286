-- wrk script for scripts/bench-load.sh: POSTs the request bodies request-1.json, request-2.json, ...
-- of the folder BENCH_REQUESTS in turn (each thread from a different one) and, when done, prints one
-- RESULT line: requests, throughput, p50/p90/p99 latency (ms) and errors of every kind.
local bodies = {}
local turn = 1
local threads = 0

setup = function(thread)
  threads = threads + 1
  thread:set("first", threads)
end

init = function(args)
  local folder = os.getenv("BENCH_REQUESTS")
  local n = 1
  while true do
    local file = io.open(folder .. "/request-" .. n .. ".json", "rb")
    if not file then break end
    bodies[n] = file:read("*a")
    file:close()
    n = n + 1
  end
  if #bodies == 0 then error("no request-<n>.json in " .. tostring(folder)) end
  turn = ((first or 1) * 7) % #bodies + 1
end

request = function()
  local body = bodies[turn]
  turn = turn % #bodies + 1
  return wrk.format("POST", wrk.path, { ["Content-Type"] = "application/json" }, body)
end

done = function(summary, latency, requests)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "RESULT requests=%d rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f errors=%d (status %d, connect %d, read %d, write %d, timeout %d)\n",
    summary.requests, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, e.status + e.connect + e.read + e.write + e.timeout,
    e.status, e.connect, e.read, e.write, e.timeout))
end
