package org.partnershiphub.strategy.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanUpdateRepository extends JpaRepository<PlanUpdate, Long> {

    List<PlanUpdate> findByActionIdOrderByPostedAtDescIdDesc(long actionId);
}
