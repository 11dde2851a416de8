package org.partnershiphub.selfassessment.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A round of self-assessment (yearly or two-yearly): every agency's return is due by the same day. */
@Entity
@Table(name = "sa_cycle")
public class Cycle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Column(name = "opens_on")
    private LocalDate opensOn;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(name = "created_by")
    private long createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Cycle() {
    }

    Cycle(String name, LocalDate opensOn, LocalDate dueOn, long createdBy, Instant createdAt) {
        this.name = name.strip();
        this.opensOn = opensOn;
        this.dueOn = dueOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void reschedule(String name, LocalDate dueOn) {
        this.name = name.strip();
        this.dueOn = dueOn;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public LocalDate getOpensOn() { return opensOn; }
    public LocalDate getDueOn() { return dueOn; }
}
