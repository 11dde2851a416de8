package org.partnershiphub.scorecard.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface BenchmarkRepository extends JpaRepository<Benchmark, Long> {

    List<Benchmark> findAllByOrderByRecordedAtAscIdAsc();

    List<Benchmark> findByIndicatorIdOrderByRecordedAtAscIdAsc(long indicatorId);

    Optional<Benchmark> findByIndicatorIdAndKindAndPeriodLabel(long indicatorId, Benchmark.Kind kind, String periodLabel);
}
