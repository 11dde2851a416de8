-- wrk script for scripts/booking-closed-loop.sh: each thread is one signed-in practitioner (one connection) who books
-- the sessions of CLOSED_SESSIONS in order, one POST after another (a closed loop); a booking answers 302 to "My
-- bookings", anything else is counted as an error and printed at the end.
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

function counter_total()
  return tonumber(os.getenv("CLOSED_CLIENTS") or "16")
end

function init(args)
  bad = 0
  idx = 0
  sessions = {}
  for line in io.lines(os.getenv("CLOSED_SESSIONS")) do
    table.insert(sessions, line)
  end
  -- CLOSED_SPREAD=1: each practitioner starts at its own place in the list, so they rarely book one session at once
  if os.getenv("CLOSED_SPREAD") == "1" then
    idx = math.floor((id - 1) * #sessions / counter_total())
  end
  local n = 0
  for line in io.lines(os.getenv("CLOSED_CREDENTIALS")) do
    n = n + 1
    if n == id then
      cookie, csrf = line:match("^(%S+) (%S+)$")
    end
  end
end

function request()
  idx = idx % #sessions + 1
  local sid = sessions[idx]
  return wrk.format("POST", "/training/sessions/" .. sid .. "/book",
    { ["Cookie"] = "HUBSESSION=" .. cookie, ["Content-Type"] = "application/x-www-form-urlencoded" }, "_csrf=" .. csrf)
end

function response(status, headers, body)
  if status ~= 302 then
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local errors = 0
  for _, t in ipairs(threads) do
    errors = errors + t:get("bad")
  end
  io.write(string.format("CLOSED requests=%d errors=%d seconds=%.2f p50=%.1f p95=%.1f p99=%.1f\n", summary.requests, errors,
    summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
