package org.partnershiphub.training.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface BookingRepository extends JpaRepository<Booking, Long> {

    Optional<Booking> findBySessionIdAndPersonId(long sessionId, long personId);

    List<Booking> findByPersonIdOrderByBookedAtDesc(long personId);

    List<Booking> findBySessionIdOrderByStatusAscWaitingPositionAscIdAsc(long sessionId);
}
