package org.partnershiphub.disagreements.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DisagreementRepository extends JpaRepository<Disagreement, Long> {

    @Query("select d.id from Disagreement d where d.submissionKey = ?1 and d.raisedBy = ?2")
    java.util.Optional<Long> raisedWith(String submissionKey, long raisedBy);

    @Query("select d.id from Disagreement d where d.status = org.partnershiphub.disagreements.internal.Disagreement.Status.OPEN "
            + "and d.currentDue < ?1 order by d.id")
    List<Long> openAndDueBefore(LocalDate day);

    @Query("select distinct d from Disagreement d left join d.steps s where d.raisedBy = ?1 or s.leadId = ?1 "
            + "or (?2 is not null and (d.raiserAgencyId = ?2 or d.otherAgencyId = ?2)) order by d.id desc")
    List<Disagreement> involving(long personId, Long leadOfAgencyId);
}
