package org.partnershiphub.caseaudit.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One multi-agency case file audit of the programme: planned, then open to agencies' auditors, then met and closed. */
@Entity
@Table(name = "ca_audit")
public class Audit {

    /** Where the theme came from; display names under {@code ca.source.<NAME>}. */
    public enum Source { REVIEW, SCORECARD, INSPECTION, PARTNERSHIP_PRIORITY, OTHER }

    public enum Status { OPEN, MET, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "programme_year")
    private int programmeYear;
    private String theme;
    @Enumerated(EnumType.STRING)
    private Source source;
    @Column(name = "source_note")
    private String sourceNote;
    private String scope;
    @Column(name = "tool_id")
    private long toolId;
    private LocalDate deadline;
    @Column(name = "meeting_on")
    private LocalDate meetingOn;
    @Enumerated(EnumType.STRING)
    private Status status = Status.OPEN;
    @Column(name = "created_by")
    private long createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Audit() {
    }

    Audit(int programmeYear, String theme, Source source, String sourceNote, String scope, long toolId, LocalDate deadline, long createdBy,
          Instant createdAt) {
        this.programmeYear = programmeYear;
        this.theme = theme.strip();
        this.source = source;
        this.sourceNote = blank(sourceNote);
        this.scope = blank(scope);
        this.toolId = toolId;
        this.deadline = deadline;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The multi-agency audit meeting has been held on this day; grades agreed there are recorded against it. */
    void met(LocalDate on) {
        if (status == Status.CLOSED) {
            throw new IllegalStateException("a closed audit is not met again");
        }
        this.meetingOn = on;
        this.status = Status.MET;
    }

    void close() {
        if (status != Status.MET) {
            throw new IllegalStateException("an audit closes after its meeting");
        }
        this.status = Status.CLOSED;
    }

    public Long getId() { return id; }
    public int getProgrammeYear() { return programmeYear; }
    public String getTheme() { return theme; }
    public Source getSource() { return source; }
    public String getSourceNote() { return sourceNote; }
    public String getScope() { return scope; }
    public long getToolId() { return toolId; }
    public LocalDate getDeadline() { return deadline; }
    public LocalDate getMeetingOn() { return meetingOn; }
    public Status getStatus() { return status; }

    /** The financial year the audit belongs to, as partnerships write it: "2026 to 2027". */
    public String getYearLabel() {
        return programmeYear + " to " + (programmeYear + 1);
    }
}
