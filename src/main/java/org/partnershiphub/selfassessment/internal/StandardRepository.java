package org.partnershiphub.selfassessment.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface StandardRepository extends JpaRepository<Standard, Long> {

    List<Standard> findByFrameworkOrderByPositionAscIdAsc(Framework framework);

    List<Standard> findByFrameworkAndActiveTrueOrderByPositionAscIdAsc(Framework framework);

    List<Standard> findAllByOrderByFrameworkAscPositionAscIdAsc();

    Optional<Standard> findByFrameworkAndNumberIgnoreCase(Framework framework, String number);

    long countByFramework(Framework framework);
}
