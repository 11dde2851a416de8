package org.partnershiphub.strategy.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An outcome a priority works towards, grouping some of its actions, as a plan's "Outcome" column or heading has it. */
@Entity
@Table(name = "plan_outcome")
public class PlanOutcome {

    public static final int MAX_TITLE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "plan_id")
    private long planId;
    @Column(name = "priority_id")
    private long priorityId;
    private String title;
    private int position;
    @Version
    private long version;

    protected PlanOutcome() {
    }

    PlanOutcome(long planId, long priorityId, String title, int position) {
        this.planId = planId;
        this.priorityId = priorityId;
        this.position = position;
        rename(title);
    }

    void rename(String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title");
        }
        if (title.strip().length() > MAX_TITLE) {
            throw new IllegalArgumentException("title");
        }
        this.title = title.strip();
    }

    public Long getId() { return id; }
    public long getPlanId() { return planId; }
    public long getPriorityId() { return priorityId; }
    public String getTitle() { return title; }
    public int getPosition() { return position; }
}
