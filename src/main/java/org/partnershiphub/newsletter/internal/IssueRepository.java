package org.partnershiphub.newsletter.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface IssueRepository extends JpaRepository<Issue, Long> {

    List<Issue> findAllByOrderByCreatedAtDescIdDesc();

    List<Issue> findByStatusOrderByPublishedOnDescIdDesc(Issue.Status status);

    List<Issue> findBySendStatus(Issue.SendStatus status);
}
