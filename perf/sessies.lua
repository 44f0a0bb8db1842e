-- wrk script: every connection uses its own logged-in session (cookies from perf/.sessies, one per line),
-- and requests the path in PAD. Prints p50/p95/p99 and non-2xx.
local sessies = {}
for regel in io.lines(os.getenv("SESSIES") or "perf/.sessies") do sessies[#sessies + 1] = regel end
local pad = os.getenv("PAD") or "/provincies/PV28"
local denktijd = tonumber(os.getenv("DENKTIJD_MS") or "0")
local teller = 0
local fout = 0

setup = function(thread)
  teller = teller + 1
  thread:set("id", teller)
end

init = function(args)
  volgende = id
end

request = function()
  volgende = volgende + 2
  local cookie = sessies[(volgende % #sessies) + 1]
  return wrk.format("GET", pad, { ["Cookie"] = "WOONREGIE_SESSIE=" .. cookie })
end

-- think time per user (connection): a person reads the page before the next request (0 = no pause)
delay = function()
  if denktijd == 0 then return 0 end
  return math.random(denktijd / 2, denktijd * 3 / 2)
end

response = function(status, headers, body)
  if status ~= 200 then fout = fout + 1 end
end

done = function(summary, latency, requests)
  io.write(string.format("requests/s: %.1f\n", summary.requests / (summary.duration / 1e6)))
  io.write(string.format("p50: %.1f ms, p95: %.1f ms, p99: %.1f ms, max: %.1f ms\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("non-2xx: %d, socket errors: %d\n", summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
