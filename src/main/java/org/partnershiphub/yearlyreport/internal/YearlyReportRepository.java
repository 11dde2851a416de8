package org.partnershiphub.yearlyreport.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface YearlyReportRepository extends JpaRepository<YearlyReport, Long> {

    boolean existsByPeriodFromAndPeriodTo(LocalDate from, LocalDate to);

    List<YearlyReport> findAllByOrderByPeriodFromDesc();

    List<YearlyReport> findByStatusOrderByPeriodFromDesc(YearlyReport.Status status);

    long countByStatusNot(YearlyReport.Status status);
}
