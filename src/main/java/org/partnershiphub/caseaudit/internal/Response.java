package org.partnershiphub.caseaudit.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One agency's audit of one section for one case: its grade, the evidence in its records and its commentary. */
@Entity
@Table(name = "ca_response")
public class Response {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id")
    private long caseId;
    @Column(name = "agency_id")
    private long agencyId;
    @Column(name = "section_id")
    private long sectionId;
    @Enumerated(EnumType.STRING)
    private Grade grade;
    private String evidence;
    private String commentary;
    @Column(name = "updated_by")
    private long updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected Response() {
    }

    Response(long caseId, long agencyId, long sectionId) {
        this.caseId = caseId;
        this.agencyId = agencyId;
        this.sectionId = sectionId;
    }

    void answer(Grade grade, String evidence, String commentary, long by, Instant at) {
        this.grade = grade;
        this.evidence = evidence == null || evidence.isBlank() ? null : evidence.strip();
        this.commentary = commentary == null || commentary.isBlank() ? null : commentary.strip();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public long getAgencyId() { return agencyId; }
    public long getSectionId() { return sectionId; }
    public Grade getGrade() { return grade; }
    public String getEvidence() { return evidence; }
    public String getCommentary() { return commentary; }
}
