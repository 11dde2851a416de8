package org.partnershiphub.reviews.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewThemeRepository extends JpaRepository<ReviewTheme, Long> {
    List<ReviewTheme> findAllByOrderByNameAsc();
}

interface FindingRepository extends JpaRepository<Finding, Long> {
    List<Finding> findByIncidentIdOrderByIdAsc(Long incidentId);

    @Query("select f from Finding f where f.createdAt >= :from and f.createdAt < :to")
    List<Finding> findCreatedBetween(Instant from, Instant to);
}

interface RecommendationRepository extends JpaRepository<Recommendation, Long> {
    List<Recommendation> findByIncidentIdOrderByIdAsc(Long incidentId);

    List<Recommendation> findAllByOrderByIncidentIdAscIdAsc();
}

interface LearningProductRepository extends JpaRepository<LearningProduct, Long> {
    List<LearningProduct> findByIncidentIdOrderByIdAsc(Long incidentId);

    List<LearningProduct> findByIncidentIdIn(java.util.Collection<Long> incidentIds);
}
