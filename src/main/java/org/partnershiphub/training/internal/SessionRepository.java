package org.partnershiphub.training.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SessionRepository extends JpaRepository<TrainingSession, Long> {

    List<TrainingSession> findByCourseIdAndStartsAtAfterOrderByStartsAtAsc(long courseId, Instant after);

    List<TrainingSession> findByStartsAtBetweenOrderByStartsAtAscIdAsc(Instant from, Instant to);

    List<TrainingSession> findByIdIn(Collection<Long> ids);
}
