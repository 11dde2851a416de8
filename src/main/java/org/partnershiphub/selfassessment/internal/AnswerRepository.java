package org.partnershiphub.selfassessment.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AnswerRepository extends JpaRepository<Answer, Long> {

    List<Answer> findByReturnId(long returnId);

    List<Answer> findByReturnIdIn(Collection<Long> returnIds);

    Optional<Answer> findByReturnIdAndStandardId(long returnId, long standardId);
}
