package org.partnershiphub.strategy.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An agreed version of a plan and what changed in it. */
@Entity
@Table(name = "plan_version")
public class PlanVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "plan_id")
    private long planId;
    private String label;
    @Column(name = "what_changed")
    private String whatChanged;
    @Column(name = "agreed_by")
    private long agreedBy;
    @Column(name = "agreed_at")
    private Instant agreedAt;

    protected PlanVersion() {
    }

    PlanVersion(long planId, String label, String whatChanged, long agreedBy, Instant agreedAt) {
        this.planId = planId;
        this.label = label;
        this.whatChanged = whatChanged;
        this.agreedBy = agreedBy;
        this.agreedAt = agreedAt;
    }

    public Long getId() { return id; }
    public long getPlanId() { return planId; }
    public String getLabel() { return label; }
    public String getWhatChanged() { return whatChanged; }
    public long getAgreedBy() { return agreedBy; }
    public Instant getAgreedAt() { return agreedAt; }
}
