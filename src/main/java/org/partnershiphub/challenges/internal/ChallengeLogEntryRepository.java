package org.partnershiphub.challenges.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ChallengeLogEntryRepository extends JpaRepository<ChallengeLogEntry, Long>, JpaSpecificationExecutor<ChallengeLogEntry> {

    @Query("select e.status, count(e) from ChallengeLogEntry e group by e.status")
    List<Object[]> countByStatus();

    @Query("select e.challengedAgencyId, e.status, count(e) from ChallengeLogEntry e group by e.challengedAgencyId, e.status")
    List<Object[]> countByAgencyAndStatus();

    @Query("select e from ChallengeLogEntry e where e.status = org.partnershiphub.challenges.internal.ChallengeStatus.OPEN "
            + "and e.responseDue < :today order by e.responseDue, e.id")
    List<ChallengeLogEntry> overdue(LocalDate today);

    @Query("select count(e) from ChallengeLogEntry e where e.status = org.partnershiphub.challenges.internal.ChallengeStatus.OPEN "
            + "and e.responseDue < :today")
    long countOverdue(LocalDate today);

    @Query("select e from ChallengeLogEntry e where e.closedOn is not null order by e.closedOn desc, e.id desc")
    List<ChallengeLogEntry> recentlyClosed(Limit limit);

    @Query("select e from ChallengeLogEntry e where e.challengedAgencyId = :agencyId order by e.id desc")
    List<ChallengeLogEntry> addressedTo(long agencyId, Limit limit);

    @Query("select count(e) from ChallengeLogEntry e where e.challengedAgencyId = :agencyId "
            + "and e.status = org.partnershiphub.challenges.internal.ChallengeStatus.OPEN")
    long countAwaitingResponse(long agencyId);
}
