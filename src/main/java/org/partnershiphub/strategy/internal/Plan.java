package org.partnershiphub.strategy.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A business plan for a period (one financial year such as 2024-25, or several), drafted then agreed in versions. */
@Entity
@Table(name = "plan")
public class Plan {

    public enum Status { DRAFT, AGREED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    @Column(name = "first_year")
    private int firstYear;
    @Column(name = "last_year")
    private int lastYear;
    private String introduction;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "version_label")
    private String versionLabel;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Plan() {
    }

    Plan(String title, int firstYear, int lastYear, String introduction, Instant createdAt) {
        this.title = title;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.introduction = introduction;
        this.status = Status.DRAFT;
        this.versionLabel = "0.1";
        this.createdAt = createdAt;
    }

    void edit(String title, int firstYear, int lastYear, String introduction) {
        this.title = title;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.introduction = introduction;
    }

    /** The label the next agreed version gets: 1.0 first, then 1.1, 1.2 and so on. */
    String nextVersionLabel() {
        if (status == Status.DRAFT && versionLabel.startsWith("0.")) {
            return "1.0";
        }
        String[] parts = versionLabel.split("\\.");
        return parts[0] + "." + (Integer.parseInt(parts[1]) + 1);
    }

    void agree(String label) {
        this.versionLabel = label;
        this.status = Status.AGREED;
    }

    /** "2024-25" or "2019-2022", as plans name their period. */
    public String period() {
        return periodOf(firstYear, lastYear);
    }

    /** As above, for a period read without the plan. */
    static String periodOf(int firstYear, int lastYear) {
        return lastYear == firstYear + 1 ? firstYear + "-" + String.format("%02d", lastYear % 100) : firstYear + "-" + lastYear;
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public int getFirstYear() { return firstYear; }
    public int getLastYear() { return lastYear; }
    public String getIntroduction() { return introduction; }
    public Status getStatus() { return status; }
    public String getVersionLabel() { return versionLabel; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
