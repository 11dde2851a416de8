package org.partnershiphub.strategy.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanPriorityRepository extends JpaRepository<PlanPriority, Long> {

    List<PlanPriority> findByPlanIdOrderByPositionAscIdAsc(long planId);

    Optional<PlanPriority> findByPlanIdAndCodeIgnoreCase(long planId, String code);

    long countByPlanId(long planId);
}
