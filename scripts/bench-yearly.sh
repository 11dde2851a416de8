#!/usr/bin/env bash
# Times the yearly report on PostgreSQL (issue 15: "generating the yearly report for a year with 20,000 actions and 500
# review cases takes under 5 s"): the live figures page /yearly-report?from=2025-04-01&to=2026-03-31 and the saved draft
# report's page and PDF for the same year, one request at a time, signed in as the demo business unit. Data:
# scripts/bench-yearly-data.sql.
# Usage: scripts/bench-yearly.sh   (BENCH_RUNS, default 7 timed requests per page; other settings: see scripts/bench-pages.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_RUNS=${BENCH_RUNS:-7}
exec scripts/bench-pages.sh hub_bench_yr scripts/bench-yearly-data.sql business.unit@northshire.example \
  "select '/yearly-report?from=2025-04-01&to=2026-03-31' as u
   union all select '/yearly-report/reports/' || id from yearly_report where period_from = date '2025-04-01' and period_to = date '2026-03-31'
   union all select '/yearly-report/reports/' || id || '/report.pdf' from yearly_report where period_from = date '2025-04-01' and period_to = date '2026-03-31'"
