package org.partnershiphub.caseaudit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A section of an audit tool, such as "Voice and lived experience of the child", with the auditor's guidance. */
@Entity
@Table(name = "ca_tool_section")
public class ToolSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "tool_id")
    private long toolId;
    private int position;
    private String title;
    private String guidance;

    protected ToolSection() {
    }

    ToolSection(long toolId, int position, String title, String guidance) {
        this.toolId = toolId;
        this.position = position;
        describe(title, guidance);
    }

    void describe(String title, String guidance) {
        this.title = title.strip();
        this.guidance = guidance == null || guidance.isBlank() ? null : guidance.strip();
    }

    public Long getId() { return id; }
    public long getToolId() { return toolId; }
    public int getPosition() { return position; }
    public String getTitle() { return title; }
    public String getGuidance() { return guidance; }
}
