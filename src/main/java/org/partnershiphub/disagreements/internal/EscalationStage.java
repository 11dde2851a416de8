package org.partnershiphub.disagreements.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One stage of the partnership's escalation policy, e.g. "Stage 2: team managers": its place in the order, the time
 * limit in working days to resolve the disagreement at this stage, and the named lead (none at stage 1, where the
 * practitioners involved talk to each other).
 */
@Entity
@Table(name = "disagreement_stage")
public class EscalationStage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "stage_order")
    private int position;
    private String name;
    @Column(name = "working_days")
    private int workingDays;
    @Column(name = "lead_id")
    private Long leadId;
    private String guidance;
    @Version
    private long version;

    protected EscalationStage() {
    }

    EscalationStage(int position, String name, int workingDays, Long leadId, String guidance) {
        change(position, name, workingDays, leadId, guidance);
    }

    void change(int newPosition, String newName, int newWorkingDays, Long newLeadId, String newGuidance) {
        this.position = newPosition;
        this.name = newName;
        this.workingDays = newWorkingDays;
        this.leadId = newLeadId;
        this.guidance = newGuidance;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public int getWorkingDays() {
        return workingDays;
    }

    public Long getLeadId() {
        return leadId;
    }

    public String getGuidance() {
        return guidance;
    }

    public long getVersion() {
        return version;
    }
}
