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

/**
 * One lead partner's sign-off: signed in the product by the partner, or recorded by the business unit when it was given
 * elsewhere (at the Executive, by email), with who signed, their role, the day and how.
 */
@Entity
@Table(name = "yearly_report_sign_off")
public class ReportSignOff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private YearlyReport report;
    @Enumerated(EnumType.STRING)
    private YearlyReport.Partner partner;
    @Column(name = "signed_name")
    private String signedName;
    @Column(name = "signed_role")
    private String signedRole;
    @Column(name = "signed_on")
    private LocalDate signedOn;
    private String how;
    @Column(name = "signer_id")
    private Long signerId;
    @Column(name = "recorded_by")
    private long recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected ReportSignOff() {
    }

    ReportSignOff(YearlyReport report, YearlyReport.Partner partner, String name, String role, LocalDate on, String how, Long signerId,
                  long recordedBy, Instant now) {
        this.report = report;
        this.partner = partner;
        this.signedName = name;
        this.signedRole = role;
        this.signedOn = on;
        this.how = how;
        this.signerId = signerId;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    /** True when the partner signed in the product themselves rather than the business unit recording it. */
    public boolean signedInProduct() {
        return signerId != null && signerId == recordedBy;
    }

    public YearlyReport.Partner getPartner() {
        return partner;
    }

    public String getSignedName() {
        return signedName;
    }

    public String getSignedRole() {
        return signedRole;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public String getHow() {
        return how;
    }
}
