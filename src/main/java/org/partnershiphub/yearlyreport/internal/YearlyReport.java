package org.partnershiphub.yearlyreport.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.partnershiphub.identity.OrganisationType;
import org.partnershiphub.shared.YearlyFigures;

/**
 * The statutory yearly report for one period. It guards its own life: sections are written while it is a draft; the
 * three lead safeguarding partners sign it off only when every section is written; when the last of them signs, the
 * figures are kept as they stood; only a signed-off report is published, and a published report never changes. Until
 * it is published the business unit may reopen it, which withdraws every sign-off and lets the figures go live again.
 */
@Entity
@Table(name = "yearly_report")
public class YearlyReport {

    public static final String RECORD_TYPE = "YearlyReport";

    public enum Status { DRAFT, SIGNED_OFF, PUBLISHED }

    /** The three lead safeguarding partners, each signing for its own kind of agency. */
    public enum Partner {
        LOCAL_AUTHORITY(OrganisationType.LOCAL_AUTHORITY), POLICE(OrganisationType.POLICE), HEALTH(OrganisationType.HEALTH);

        private final OrganisationType agencyType;

        Partner(OrganisationType agencyType) {
            this.agencyType = agencyType;
        }

        public static Optional<Partner> forAgencyType(OrganisationType type) {
            for (Partner partner : values()) {
                if (partner.agencyType == type) {
                    return Optional.of(partner);
                }
            }
            return Optional.empty();
        }
    }

    /** Who the published report is sent to. */
    public enum Recipient { NATIONAL_PANEL, WHAT_WORKS_CENTRE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "period_from")
    private LocalDate periodFrom;
    @Column(name = "period_to")
    private LocalDate periodTo;
    private String title;
    @Column(name = "publish_by")
    private LocalDate publishBy;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "frozen_figures")
    private String frozenFigures;
    @Column(name = "frozen_at")
    private Instant frozenAt;
    @Column(name = "published_on")
    private LocalDate publishedOn;
    @Column(name = "created_by")
    private long createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;
    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ReportSection> sections = new ArrayList<>();
    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ReportSignOff> signOffs = new ArrayList<>();
    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ReportSending> sendings = new ArrayList<>();

    protected YearlyReport() {
    }

    YearlyReport(LocalDate from, LocalDate to, String title, LocalDate publishBy, long createdBy, Instant now) {
        this.periodFrom = from;
        this.periodTo = to;
        this.title = title;
        this.publishBy = publishBy;
        this.status = Status.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
        for (YearlyFigures.Section section : YearlyFigures.Section.values()) {
            sections.add(new ReportSection(this, section));
        }
    }

    /** Writes one section's narrative; refused once the report is signed off or published. */
    void write(YearlyFigures.Section section, long sectionVersion, String narrative, long by, Instant now) {
        requireDraft("narrative");
        ReportSection target = section(section);
        if (target.getVersion() != sectionVersion) {
            throw new org.springframework.dao.OptimisticLockingFailureException("section " + section + " changed since version " + sectionVersion);
        }
        target.write(narrative, by, now);
        updatedAt = now;
    }

    /** Sections with no narrative yet, in report order: each must be written before a partner signs. */
    public List<YearlyFigures.Section> unwritten() {
        return sections().stream().filter(s -> !s.written()).map(ReportSection::getSection).toList();
    }

    /**
     * Records one partner's sign-off. Refused while a section is unwritten, when that partner has signed, for a day
     * before the period ends, or once the report is signed off. Returns true when this was the last of the three, so the figures must now be kept.
     */
    boolean signOff(Partner partner, String name, String role, LocalDate on, String how, Long signerId, long recordedBy, Instant now) {
        requireDraft("partner");
        List<YearlyFigures.Section> unwritten = unwritten();
        if (!unwritten.isEmpty()) {
            throw new YearlyReportRefused("partner", "yearly.error.unwritten", unwritten.size());
        }
        if (signedBy(partner).isPresent()) {
            throw new YearlyReportRefused("partner", "yearly.error.alreadySigned");
        }
        if (on.isBefore(periodTo)) {
            throw new YearlyReportRefused("on", "yearly.error.signedBeforeEnd");
        }
        signOffs.add(new ReportSignOff(this, partner, name, role, on, how, signerId, recordedBy, now));
        updatedAt = now;
        return signedPartners().size() == Partner.values().length;
    }

    /** Keeps the figures as they stood at the last sign-off; the report is then signed off. */
    void freeze(String figuresJson, Instant now) {
        if (signedPartners().size() != Partner.values().length) {
            throw new YearlyReportRefused("partner", "yearly.error.notAllSigned");
        }
        frozenFigures = figuresJson;
        frozenAt = now;
        status = Status.SIGNED_OFF;
        updatedAt = now;
    }

    /** Withdraws every sign-off so the report can change again; refused once published. */
    void reopen(Instant now) {
        if (status == Status.PUBLISHED) {
            throw new YearlyReportRefused("reopen", "yearly.error.publishedNeverChanges");
        }
        signOffs.clear();
        frozenFigures = null;
        frozenAt = null;
        status = Status.DRAFT;
        updatedAt = now;
    }

    /** Publishes a signed-off report and sets when each copy is due to be sent. */
    void publish(LocalDate on, LocalDate sendBy, Instant now) {
        if (status != Status.SIGNED_OFF) {
            throw new YearlyReportRefused("publish", status == Status.PUBLISHED ? "yearly.error.alreadyPublished" : "yearly.error.publishUnsigned");
        }
        status = Status.PUBLISHED;
        publishedOn = on;
        for (Recipient recipient : Recipient.values()) {
            sendings.add(new ReportSending(this, recipient, sendBy));
        }
        updatedAt = now;
    }

    /** Records that the published report was sent to one recipient, on a day from publication to today. */
    void recordSending(Recipient recipient, LocalDate sentOn, String how, LocalDate today, long by, Instant now) {
        if (status != Status.PUBLISHED) {
            throw new YearlyReportRefused("sentOn", "yearly.error.sendUnpublished");
        }
        if (sentOn == null) {
            throw new YearlyReportRefused("sentOn", "yearly.error.sentOn");
        }
        if (sentOn.isAfter(today)) {
            throw new YearlyReportRefused("sentOn", "yearly.error.sentOnFuture");
        }
        if (sentOn.isBefore(publishedOn)) {
            throw new YearlyReportRefused("sentOn", "yearly.error.sentBeforePublished");
        }
        ReportSending sending = sendings.stream().filter(s -> s.getRecipient() == recipient).findFirst().orElseThrow();
        sending.record(sentOn, how, by, now);
        updatedAt = now;
    }

    private void requireDraft(String field) {
        if (status != Status.DRAFT) {
            throw new YearlyReportRefused(field, status == Status.PUBLISHED ? "yearly.error.publishedNeverChanges" : "yearly.error.signedOffReopen");
        }
    }

    public ReportSection section(YearlyFigures.Section section) {
        return sections.stream().filter(s -> s.getSection() == section).findFirst().orElseThrow();
    }

    /** The sections in the order the report prints them. */
    public List<ReportSection> sections() {
        return sections.stream().sorted(Comparator.comparing(ReportSection::getSection)).toList();
    }

    public Optional<ReportSignOff> signedBy(Partner partner) {
        return signOffs.stream().filter(s -> s.getPartner() == partner).findFirst();
    }

    public Set<Partner> signedPartners() {
        Set<Partner> signed = EnumSet.noneOf(Partner.class);
        signOffs.forEach(s -> signed.add(s.getPartner()));
        return signed;
    }

    public List<ReportSending> sendings() {
        return sendings.stream().sorted(Comparator.comparing(ReportSending::getRecipient)).toList();
    }

    /** A period other than 12 months is allowed (a first report may be shorter) but flagged. */
    public boolean twelveMonths() {
        return periodTo.equals(periodFrom.plusYears(1).minusDays(1));
    }

    public Long getId() {
        return id;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getPublishBy() {
        return publishBy;
    }

    public Status getStatus() {
        return status;
    }

    public String getFrozenFigures() {
        return frozenFigures;
    }

    public Instant getFrozenAt() {
        return frozenAt;
    }

    /** When the figures were kept, on London's clock, or null while they are live. */
    public java.time.ZonedDateTime frozenAtLondon() {
        return frozenAt == null ? null : frozenAt.atZone(java.time.ZoneId.of("Europe/London"));
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
