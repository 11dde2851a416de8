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

    List<PlanAction> findByPlanIdOrderByPositionAscIdAsc(long planId);

    @Query("select a from PlanAction a where a.leadPersonId = :personId and (:afterId is null or a.id > :afterId) order by a.id")
    List<PlanAction> ledBy(long personId, Long afterId, Limit limit);

    @Query("select count(a) from PlanAction a where a.leadPersonId = :personId and a.status <> org.partnershiphub.strategy.internal.ActionStatus.COMPLETE")
    long countLedOpen(long personId);

    @Query("select count(a) from PlanAction a where a.leadPersonId = :personId and a.planId is not null"
            + " and a.status <> org.partnershiphub.strategy.internal.ActionStatus.COMPLETE"
            + " and (a.statusQuarter is null or a.statusQuarter <> :quarter)")
    long countLedNeedingUpdate(long personId, String quarter);

    @Query("select coalesce(max(a.position), 0) from PlanAction a where a.planId = :planId")
    int lastPosition(long planId);
}
