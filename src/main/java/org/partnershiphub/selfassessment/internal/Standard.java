package org.partnershiphub.selfassessment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A standard of the library: its framework, number, wording and the guidance agencies read while answering. */
@Entity
@Table(name = "sa_standard")
public class Standard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private Framework framework;
    @Column(name = "standard_no")
    private String number;
    private String title;
    private String guidance;
    private int position;
    private boolean active = true;
    @Version
    private long version;

    protected Standard() {
    }

    Standard(Framework framework, int position) {
        this.framework = framework;
        this.position = position;
    }

    void describe(String number, String title, String guidance) {
        this.number = number.strip();
        this.title = title.strip();
        this.guidance = guidance == null || guidance.isBlank() ? null : guidance.strip();
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public Long getId() { return id; }
    public Framework getFramework() { return framework; }
    public String getNumber() { return number; }
    public String getTitle() { return title; }
    public String getGuidance() { return guidance; }
    public int getPosition() { return position; }
    public boolean isActive() { return active; }
}
