-- wrk script for bench/load: POSTs the committed bodies matching $BENCH_BODIES (a path prefix such as
-- bench/bodies/score-) in turn, or GETs the URL when $BENCH_BODIES is empty, and prints one RESULT line.
local prefix = os.getenv("BENCH_BODIES") or ""
local bodies = {}
if prefix ~= "" then
  local list = io.popen("ls " .. prefix .. "*.json")
  for file in list:lines() do
    local f = assert(io.open(file, "rb"))
    bodies[#bodies + 1] = f:read("*a")
    f:close()
  end
  list:close()
  assert(#bodies > 0, "no bodies match " .. prefix)
end
local next_body = 0

request = function()
  if #bodies == 0 then
    return wrk.format("GET")
  end
  next_body = next_body % #bodies + 1
  return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, bodies[next_body])
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT rps=%.0f p50=%.2f p99=%.2f p999=%.2f errors=%d non2xx=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000, errors, summary.errors.status))
end
