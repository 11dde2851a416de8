package org.partnershiphub.scorecard.internal;

import java.math.BigDecimal;
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

/**
 * One quarter's figure for an indicator. The owning agency enters and corrects it until the business unit signs it
 * off; a signed-off figure is locked on every path (the aggregate refuses the change).
 */
@Entity
@Table(name = "sc_figure")
public class Figure {

    public enum Status { SUBMITTED, SIGNED_OFF }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "indicator_id")
    private long indicatorId;
    @Column(name = "quarter_key")
    private String quarterKey;
    @Column(name = "figure_value")
    private BigDecimal value;
    private BigDecimal numerator;
    private BigDecimal denominator;
    private String commentary;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "entered_by")
    private long enteredBy;
    @Column(name = "entered_at")
    private Instant enteredAt;
    private boolean late;
    @Column(name = "signed_off_by")
    private Long signedOffBy;
    @Column(name = "signed_off_at")
    private Instant signedOffAt;
    @Version
    private long version;

    protected Figure() {
    }

    Figure(long indicatorId, String quarterKey) {
        this.indicatorId = indicatorId;
        this.quarterKey = quarterKey;
        this.status = Status.SUBMITTED;
    }

    /** Enters or corrects the figure; refused once signed off. {@code late}: entered after the quarter's deadline. */
    void enter(BigDecimal value, BigDecimal numerator, BigDecimal denominator, String commentary, long by, Instant at, boolean late) {
        if (status == Status.SIGNED_OFF) {
            throw new ScorecardRefused("value", "scorecard.error.locked");
        }
        this.value = value;
        this.numerator = numerator;
        this.denominator = denominator;
        this.commentary = commentary == null || commentary.isBlank() ? null : commentary.strip();
        this.enteredBy = by;
        this.enteredAt = at;
        this.late = late;
    }

    void signOff(long by, Instant at) {
        if (status == Status.SIGNED_OFF) {
            throw new ScorecardRefused("figure", "scorecard.error.alreadySignedOff");
        }
        this.status = Status.SIGNED_OFF;
        this.signedOffBy = by;
        this.signedOffAt = at;
    }

    public Long getId() { return id; }
    public long getIndicatorId() { return indicatorId; }
    public String getQuarterKey() { return quarterKey; }
    public BigDecimal getValue() { return value; }
    public BigDecimal getNumerator() { return numerator; }
    public BigDecimal getDenominator() { return denominator; }
    public String getCommentary() { return commentary; }
    public Status getStatus() { return status; }
    public long getEnteredBy() { return enteredBy; }
    public Instant getEnteredAt() { return enteredAt; }
    public boolean isLate() { return late; }
    public Instant getSignedOffAt() { return signedOffAt; }
    public boolean isLocked() { return status == Status.SIGNED_OFF; }
}
