package org.partnershiphub.scorecard.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface FigureRepository extends JpaRepository<Figure, Long> {

    List<Figure> findByQuarterKeyIn(Collection<String> quarterKeys);

    List<Figure> findByIndicatorIdIn(Collection<Long> indicatorIds);

    List<Figure> findByIndicatorIdAndQuarterKeyIn(long indicatorId, Collection<String> quarterKeys);

    Optional<Figure> findByIndicatorIdAndQuarterKey(long indicatorId, String quarterKey);
}
