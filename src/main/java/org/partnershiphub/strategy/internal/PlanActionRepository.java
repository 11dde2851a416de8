package org.partnershiphub.strategy.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanActionRepository extends JpaRepository<PlanAction, Long> {

    boolean existsBySourceTypeAndSourceId(String sourceType, Long sourceId);

    List<PlanAction> findBySourceTypeAndSourceIdIn(String sourceType, Collection<Long> sourceIds);

    @Query("select a from PlanAction a where (:afterId is null or a.id > :afterId) order by a.id")
    List<PlanAction> page(Long afterId, Limit limit);
}
