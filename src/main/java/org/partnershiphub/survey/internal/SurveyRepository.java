package org.partnershiphub.survey.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyRepository extends JpaRepository<Survey, Long> {

    List<Survey> findAllByOrderByOpensOnDescIdDesc();

    List<Survey> findByJointAgencyIdOrderByOpensOnDescIdDesc(long agencyId);

    List<Survey> findByPublishedTrueAndOpensOnLessThanEqualAndClosesOnGreaterThanEqualOrderByClosesOnAscIdAsc(java.time.LocalDate opensBy,
                                                                                                           java.time.LocalDate closesFrom);
}
