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

/** A comparator's value for an indicator (statistical neighbours, region, England) for a period as published. */
@Entity
@Table(name = "sc_benchmark")
public class Benchmark {

    public enum Kind { STATISTICAL_NEIGHBOURS, REGION, ENGLAND }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "indicator_id")
    private long indicatorId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Column(name = "period_label")
    private String periodLabel;
    @Column(name = "benchmark_value")
    private BigDecimal value;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected Benchmark() {
    }

    Benchmark(long indicatorId, Kind kind, String periodLabel, BigDecimal value, Instant recordedAt) {
        this.indicatorId = indicatorId;
        this.kind = kind;
        this.periodLabel = periodLabel;
        this.value = value;
        this.recordedAt = recordedAt;
    }

    void revise(BigDecimal value, Instant at) {
        this.value = value;
        this.recordedAt = at;
    }

    public Long getId() { return id; }
    public long getIndicatorId() { return indicatorId; }
    public Kind getKind() { return kind; }
    public String getPeriodLabel() { return periodLabel; }
    public BigDecimal getValue() { return value; }
    public Instant getRecordedAt() { return recordedAt; }
}
