package org.partnershiphub.caseaudit.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ToolRepository extends JpaRepository<Tool, Long> {
    List<Tool> findByCurrentVersionTrueOrderByNameAscIdAsc();
}

interface ToolSectionRepository extends JpaRepository<ToolSection, Long> {
    List<ToolSection> findByToolIdOrderByPositionAscIdAsc(long toolId);

    long countByToolId(long toolId);
}

interface AuditRepository extends JpaRepository<Audit, Long> {
    List<Audit> findAllByOrderByProgrammeYearDescDeadlineAscIdAsc();

    boolean existsByToolId(long toolId);

    List<Audit> findByThemeIgnoreCaseAndIdNotOrderByDeadlineDescIdDesc(String theme, long id);
}

interface AuditCaseRepository extends JpaRepository<AuditCase, Long> {
    List<AuditCase> findByAuditIdOrderByIdAsc(long auditId);

    List<AuditCase> findByAuditIdIn(Collection<Long> auditIds);

    Optional<AuditCase> findByAuditIdAndReferenceIgnoreCase(long auditId, String reference);
}

interface ResponseRepository extends JpaRepository<Response, Long> {
    List<Response> findByCaseIdAndAgencyId(long caseId, long agencyId);

    List<Response> findByCaseIdIn(Collection<Long> caseIds);

    Optional<Response> findByCaseIdAndAgencyIdAndSectionId(long caseId, long agencyId, long sectionId);
}
