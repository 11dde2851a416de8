package org.partnershiphub.selfassessment.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CycleRepository extends JpaRepository<Cycle, Long> {

    List<Cycle> findAllByOrderByOpensOnDescIdDesc();

    Optional<Cycle> findByNameIgnoreCase(String name);
}
