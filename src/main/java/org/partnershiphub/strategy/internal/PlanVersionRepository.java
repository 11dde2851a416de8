package org.partnershiphub.strategy.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanVersionRepository extends JpaRepository<PlanVersion, Long> {

    List<PlanVersion> findByPlanIdOrderByIdDesc(long planId);
}
