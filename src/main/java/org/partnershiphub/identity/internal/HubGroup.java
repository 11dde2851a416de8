package org.partnershiphub.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.partnershiphub.identity.GroupType;

/** A board or group: the Executive, a subgroup, a task and finish group or a review group. */
@Entity
@Table(name = "hub_group")
public class HubGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "group_type")
    private GroupType type;
    private String description;

    protected HubGroup() {
    }

    public HubGroup(String name, GroupType type, String description) {
        this.name = name;
        this.type = type;
        this.description = description;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public GroupType getType() { return type; }
    public String getDescription() { return description; }
}
