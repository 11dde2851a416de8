package org.partnershiphub.disagreements.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface StageRepository extends JpaRepository<EscalationStage, Long> {

    List<EscalationStage> findAllByOrderByPositionAsc();

    Optional<EscalationStage> findFirstByPositionGreaterThanOrderByPositionAsc(int position);

    Optional<EscalationStage> findByPosition(int position);
}
