-- wrk script for the benchmarks: counts responses other than 200 (wrk itself only counts 4xx/5xx, so a redirect to
-- the sign-in page would pass unnoticed) and, after the run, prints the latency percentiles wrk's --latency leaves out
-- (p95 in particular), one per line, easy to grep.
-- Usage: wrk ... -s scripts/wrk-percentiles.lua URL
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  not_ok = 0
end

function response(status, headers, body)
  if status ~= 200 then
    not_ok = not_ok + 1
  end
end

function done(summary, latency, requests)
  local not_200 = 0
  for _, thread in ipairs(threads) do
    not_200 = not_200 + thread:get("not_ok")
  end
  for _, p in ipairs({50, 90, 95, 99}) do
    io.write(string.format("p%d: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("max: %.2f ms\n", latency.max / 1000))
  local e = summary.errors
  io.write(string.format("requests: %d in %.1f s = %.1f/s; not 200: %d; socket errors: connect %d read %d write %d timeout %d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6), not_200,
    e.connect, e.read, e.write, e.timeout))
end
