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

/** A scorecard indicator: what is measured, by which agency, how, and what good looks like. */
@Entity
@Table(name = "sc_indicator")
public class Indicator {

    public enum Frequency { QUARTERLY, YEARLY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String title;
    private String definition;
    @Column(name = "priority_group")
    private String priorityGroup;
    @Column(name = "owner_agency_id")
    private long ownerAgencyId;
    @Enumerated(EnumType.STRING)
    private Unit unit;
    private String numerator;
    private String denominator;
    @Enumerated(EnumType.STRING)
    private Polarity polarity;
    private BigDecimal target;
    @Column(name = "target_upper")
    private BigDecimal targetUpper;
    private BigDecimal tolerance;
    @Column(name = "data_source")
    private String dataSource;
    @Enumerated(EnumType.STRING)
    private Frequency frequency;
    private int position;
    private boolean active = true;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Indicator() {
    }

    Indicator(int position, Instant createdAt) {
        this.position = position;
        this.createdAt = createdAt;
    }

    /** Every detail at once; the service has checked them (a band needs its upper end, at or above the target). */
    void describe(Scorecard.IndicatorDetails d) {
        this.code = d.code().strip();
        this.title = d.title().strip();
        this.definition = blank(d.definition());
        this.priorityGroup = blank(d.priorityGroup());
        this.ownerAgencyId = d.ownerAgencyId();
        this.unit = d.unit();
        this.numerator = blank(d.numerator());
        this.denominator = blank(d.denominator());
        this.polarity = d.polarity();
        this.target = d.target();
        this.targetUpper = d.polarity() == Polarity.WITHIN_BAND ? d.targetUpper() : null;
        this.tolerance = d.tolerance();
        this.dataSource = blank(d.dataSource());
        this.frequency = d.frequency();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Rag rag(BigDecimal value) {
        return Rag.of(polarity, target, targetUpper, tolerance, value);
    }

    public Travel travel(BigDecimal earlier, BigDecimal now) {
        return Travel.of(polarity, target, targetUpper, earlier, now);
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getTitle() { return title; }
    public String getDefinition() { return definition; }
    public String getPriorityGroup() { return priorityGroup; }
    public long getOwnerAgencyId() { return ownerAgencyId; }
    public Unit getUnit() { return unit; }
    public String getNumerator() { return numerator; }
    public String getDenominator() { return denominator; }
    public Polarity getPolarity() { return polarity; }
    public BigDecimal getTarget() { return target; }
    public BigDecimal getTargetUpper() { return targetUpper; }
    public BigDecimal getTolerance() { return tolerance; }
    public String getDataSource() { return dataSource; }
    public Frequency getFrequency() { return frequency; }
    public int getPosition() { return position; }
    public boolean isActive() { return active; }
}
