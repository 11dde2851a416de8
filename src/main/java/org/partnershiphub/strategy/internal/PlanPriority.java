package org.partnershiphub.strategy.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A priority in a plan: a code (LSCB1), its statement and commitment, who leads it and how it is delivered. */
@Entity
@Table(name = "plan_priority")
public class PlanPriority {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "plan_id")
    private long planId;
    private String code;
    private String title;
    private String statement;
    private String commitment;
    @Column(name = "partnership_lead")
    private String partnershipLead;
    @Column(name = "board_officer")
    private String boardOfficer;
    @Column(name = "delivery_mechanism")
    private String deliveryMechanism;
    private int position;
    @Version
    private long version;

    protected PlanPriority() {
    }

    PlanPriority(long planId, int position) {
        this.planId = planId;
        this.position = position;
    }

    void describe(String code, String title, String statement, String commitment, String partnershipLead, String boardOfficer,
                  String deliveryMechanism) {
        this.code = code;
        this.title = title;
        this.statement = statement;
        this.commitment = commitment;
        this.partnershipLead = partnershipLead;
        this.boardOfficer = boardOfficer;
        this.deliveryMechanism = deliveryMechanism;
    }

    public Long getId() { return id; }
    public long getPlanId() { return planId; }
    public String getCode() { return code; }
    public String getTitle() { return title; }
    public String getStatement() { return statement; }
    public String getCommitment() { return commitment; }
    public String getPartnershipLead() { return partnershipLead; }
    public String getBoardOfficer() { return boardOfficer; }
    public String getDeliveryMechanism() { return deliveryMechanism; }
    public int getPosition() { return position; }
    public long getVersion() { return version; }
}
