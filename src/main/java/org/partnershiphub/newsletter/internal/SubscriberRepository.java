package org.partnershiphub.newsletter.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SubscriberRepository extends JpaRepository<Subscriber, Long> {

    Optional<Subscriber> findByEmail(String email);

    Optional<Subscriber> findByConfirmTokenHash(String hash);

    Optional<Subscriber> findByUnsubscribeToken(String token);

    @Query("select s.status, count(s) from Subscriber s group by s.status")
    List<Object[]> countByStatus();

    List<Subscriber> findTop200ByOrderByCreatedAtDesc();
}
