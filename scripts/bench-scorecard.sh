#!/usr/bin/env bash
# Benchmarks the scorecard pages on PostgreSQL: 150 indicators x 12 quarters of figures, 300 benchmarks (the Executive's
# scorecard for the last quarter and one indicator's trend), signed in as the demo Executive member.
# Usage: scripts/bench-scorecard.sh   (settings: see scripts/bench-pages.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
exec scripts/bench-pages.sh hub_bench_sc scripts/bench-scorecard-data.sql executive@northshire.example \
  "select '/scorecard' union all select '/scorecard/indicators/' || id from sc_indicator where code = 'B070'"
