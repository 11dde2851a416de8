package org.partnershiphub.scorecard.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    List<Indicator> findByActiveTrueOrderByPositionAscIdAsc();

    List<Indicator> findByOwnerAgencyIdAndActiveTrueOrderByPositionAscIdAsc(long agencyId);

    Optional<Indicator> findByCodeIgnoreCase(String code);

    long count();
}
