#!/usr/bin/env bash
# Benchmarks the Section 11 pages on PostgreSQL: 60 agencies x 8 standards x 3 cycles (scripts/bench-selfassessment-data.sql),
# signed in as the demo business unit: the latest cycle's returns (who has and has not returned), its report to the
# Executive (ratings by standard and agency, the trend across cycles, actions outstanding) and the self-assessment overview.
# Usage: scripts/bench-selfassessment.sh   (settings: see scripts/bench-pages.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
exec scripts/bench-pages.sh hub_bench_sa scripts/bench-selfassessment-data.sql business.unit@northshire.example \
  "select p from (select 1 as o, '/self-assessment/cycles/' || id as p from sa_cycle where name = 'Bench Section 11 audit 2025'
   union all select 2, '/self-assessment/cycles/' || id || '/report' from sa_cycle where name = 'Bench Section 11 audit 2025'
   union all select 3, '/self-assessment') pages order by o"
