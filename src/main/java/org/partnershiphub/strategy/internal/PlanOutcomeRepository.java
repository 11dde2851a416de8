package org.partnershiphub.strategy.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanOutcomeRepository extends JpaRepository<PlanOutcome, Long> {

    List<PlanOutcome> findByPlanIdOrderByPositionAscIdAsc(long planId);

    List<PlanOutcome> findByPriorityIdOrderByPositionAscIdAsc(long priorityId);

    long countByPriorityId(long priorityId);
}
