package org.partnershiphub.reviews.internal;

import java.util.Collection;
import java.util.List;

import org.partnershiphub.reviews.Stage;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SeriousIncidentRepository extends JpaRepository<SeriousIncident, Long> {

    List<SeriousIncident> findByStageInOrderByNotificationDueAsc(Collection<Stage> stages);

    @Query("select count(i) from SeriousIncident i where year(i.referredAt) = :year")
    long countReferredIn(int year);

    @Query("select count(s) from SeriousIncident i join i.siblingPseudonyms s")
    long countSiblings();

    List<SeriousIncident> findByNotificationDecisionIsNotNull();
}

interface RapidReviewRepository extends JpaRepository<RapidReview, Long> {
}

interface AgencySummaryRepository extends JpaRepository<AgencySummary, Long> {

    List<AgencySummary> findByIncidentIdOrderByDueDateAscIdAsc(Long incidentId);

    List<AgencySummary> findByIncidentIdInAndReturnedAtIsNull(Collection<Long> incidentIds);

    boolean existsByIncidentIdAndAgencyId(Long incidentId, Long agencyId);

    List<AgencySummary> findByAgencyIdOrderByDueDateAscIdAsc(Long agencyId);
}

interface PracticeReviewRepository extends JpaRepository<PracticeReview, Long> {
}

interface ChildIdentityRepository extends JpaRepository<ChildIdentity, Long> {
}

interface SiblingIdentityRepository extends JpaRepository<SiblingIdentity, Long> {

    List<SiblingIdentity> findByIncidentIdOrderByPosition(Long incidentId);
}
