package org.partnershiphub.yearlyreport.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Sending the published report to the National Panel or the What Works centre: when it is due and when it went. */
@Entity
@Table(name = "yearly_report_sending")
public class ReportSending {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private YearlyReport report;
    @Enumerated(EnumType.STRING)
    private YearlyReport.Recipient recipient;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(name = "sent_on")
    private LocalDate sentOn;
    private String how;
    @Column(name = "recorded_by")
    private Long recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected ReportSending() {
    }

    ReportSending(YearlyReport report, YearlyReport.Recipient recipient, LocalDate dueOn) {
        this.report = report;
        this.recipient = recipient;
        this.dueOn = dueOn;
    }

    void record(LocalDate on, String howSent, long by, Instant now) {
        this.sentOn = on;
        this.how = howSent == null || howSent.isBlank() ? null : howSent.strip();
        this.recordedBy = by;
        this.recordedAt = now;
    }

    public boolean sent() {
        return sentOn != null;
    }

    /** Sent after the day it was due. */
    public boolean late() {
        return sentOn != null && sentOn.isAfter(dueOn);
    }

    public YearlyReport.Recipient getRecipient() {
        return recipient;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public String getHow() {
        return how;
    }
}
