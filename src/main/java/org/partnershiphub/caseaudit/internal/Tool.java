package org.partnershiphub.caseaudit.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An audit tool: one version of it. Once an audit uses a version, changes make the next version. */
@Entity
@Table(name = "ca_tool")
public class Tool {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String description;
    @Column(name = "tool_version")
    private int toolVersion;
    @Column(name = "previous_id")
    private Long previousId;
    @Column(name = "current_version")
    private boolean currentVersion = true;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Tool() {
    }

    Tool(String name, String description, Instant createdAt) {
        this.name = name.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.toolVersion = 1;
        this.createdAt = createdAt;
    }

    /** The next version of this tool, to be changed while audits keep this one. */
    Tool next(Instant at) {
        Tool next = new Tool(name, description, at);
        next.toolVersion = toolVersion + 1;
        next.previousId = id;
        this.currentVersion = false;
        return next;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getDescription() { return description; }
    public int getToolVersion() { return toolVersion; }
    public Long getPreviousId() { return previousId; }
    public boolean isCurrentVersion() { return currentVersion; }
}
