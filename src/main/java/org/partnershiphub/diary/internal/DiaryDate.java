package org.partnershiphub.diary.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One date for the diary. Its last day is never before its first. */
@Entity
@Table(name = "diary_date")
public class DiaryDate {

    public static final String RECORD_TYPE = "DiaryDate";

    public enum Kind { AWARENESS_WEEK, AWARENESS_DAY, PARTNER_EVENT, PARTNERSHIP_EVENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    private String details;
    private String link;
    @Column(name = "created_by")
    private long createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected DiaryDate() {
    }

    DiaryDate(Diary.Details details, long createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        describe(details, now);
    }

    void describe(Diary.Details d, Instant now) {
        if (d.endsOn().isBefore(d.startsOn())) {
            throw new DiaryRefused("endsOn", "diary.error.endsBeforeStart");
        }
        this.title = d.title();
        this.kind = d.kind();
        this.startsOn = d.startsOn();
        this.endsOn = d.endsOn();
        this.details = d.details();
        this.link = d.link();
        this.updatedAt = now;
    }

    public boolean oneDay() {
        return startsOn.equals(endsOn);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Kind getKind() {
        return kind;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getDetails() {
        return details;
    }

    public String getLink() {
        return link;
    }

    public long getVersion() {
        return version;
    }
}
