package org.partnershiphub.newsletter.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditOutcome;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.diary.DiaryDates;
import org.partnershiphub.survey.OpenSurveys;
import org.partnershiphub.site.PublishedPages;
import org.partnershiphub.training.UpcomingTraining;
import org.partnershiphub.shared.web.HubProperties;
import org.partnershiphub.files.CheckedUpload;
import org.partnershiphub.files.FileKind;
import org.partnershiphub.files.StoredFile;
import org.partnershiphub.files.StoredFiles;
import org.partnershiphub.identity.Permissions;
import org.partnershiphub.shared.HubPrincipal;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The business unit's newsletter issues, each use case one transaction owning its rules: write an issue and its
 * sections (an image must be a checked PNG or JPEG and have alternative text), preview, publish, and start the one
 * sending, which queues a delivery for every confirmed subscriber of the issue's audience for the sender to work
 * through. The public reads published issues and their images only.
 */
@Service
public class Issues {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String IMAGE_OWNER = "NewsletterSection";
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);
    private static final java.time.format.DateTimeFormatter DAY_AND_TIME = java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, h:mma", java.util.Locale.UK);
    public static final Set<FileKind> IMAGE_KINDS = Set.of(FileKind.PNG, FileKind.JPEG);

    public record Details(String title, String summary, Audience audience) {
    }

    /** A section as typed, with its image already checked (or null to keep or have none). */
    public record SectionDetails(String heading, String body, CheckedUpload image, String imageAlt, boolean removeImage) {
    }

    /** Deliveries of an issue by status, for the progress page. */
    public record Progress(Issue issue, Map<Delivery, Long> counts, long total, String lastProblem) {

        public long done() {
            return total - counts.getOrDefault(Delivery.QUEUED, 0L) - counts.getOrDefault(Delivery.SENDING, 0L);
        }

        public int percent() {
            return total == 0 ? 100 : (int) (done() * 100 / total);
        }
    }

    /** Where one email stands. INTERRUPTED: the application stopped while it was being sent; it is not sent again. */
    public enum Delivery { QUEUED, SENDING, SENT, BOUNCED, INTERRUPTED }

    private final IssueRepository issues;
    private final DiaryDates diary;
    private final OpenSurveys openSurveys;
    private final UpcomingTraining training;
    private final PublishedPages site;
    private final HubProperties hub;
    private final StoredFiles files;
    private final NewsletterMail mail;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Issues(IssueRepository issues, DiaryDates diary, OpenSurveys openSurveys, UpcomingTraining training, PublishedPages site, HubProperties hub,
           StoredFiles files, NewsletterMail mail, JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
        this.training = training;
        this.site = site;
        this.hub = hub;
        this.issues = issues;
        this.diary = diary;
        this.openSurveys = openSurveys;
        this.files = files;
        this.mail = mail;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public static boolean mayManage(HubPrincipal actor) {
        return actor.hasRole(Role.BUSINESS_UNIT);
    }

    @Transactional(readOnly = true)
    public List<Issue> all(HubPrincipal actor) {
        refuseUnless(actor, null, AuditAction.SEARCH);
        return issues.findAllByOrderByCreatedAtDescIdDesc();
    }

    @Transactional
    public Issue create(HubPrincipal actor, Details details) {
        refuseUnless(actor, null, AuditAction.CREATE);
        Details d = checked(details);
        Issue issue = issues.save(new Issue(d.title(), d.summary(), d.audience(), actor.userId(), clock.instant()));
        audit.record(AuditEvent.of(AuditAction.CREATE, Issue.RECORD_TYPE, issue.getId()));
        return issue;
    }

    @Transactional
    public void describe(HubPrincipal actor, long id, long version, Details details) {
        Issue issue = find(id);
        refuseUnless(actor, id, AuditAction.UPDATE);
        stale(issue, version);
        Details d = checked(details);
        issue.describe(d.title(), d.summary(), d.audience(), clock.instant());
        issues.saveAndFlush(issue);
        audit.record(AuditEvent.of(AuditAction.UPDATE, Issue.RECORD_TYPE, id).withDetail("details changed"));
    }

    /** The issue with its sections, for the business unit's preview and forms. */
    @Transactional(readOnly = true)
    public Issue forEditing(HubPrincipal actor, long id) {
        Issue issue = find(id);
        refuseUnless(actor, id, AuditAction.VIEW);
        issue.sections();
        return issue;
    }

    @Transactional
    public void addSection(HubPrincipal actor, long id, SectionDetails details) {
        Issue issue = find(id);
        refuseUnless(actor, id, AuditAction.UPDATE);
        checkSection(details, false);
        IssueSection section = issue.addSection(details.heading().strip(), blankToNull(details.body()), null, null, clock.instant());
        issues.saveAndFlush(issue);
        if (details.image() != null) {
            // the section as stored (saving merges the new section into a managed copy): found by its place in the issue
            long sectionId = jdbc.queryForObject("select id from newsletter_section where issue_id = ? and position = ?", Long.class, id,
                    section.getPosition());
            StoredFile image = files.store(details.image(), IMAGE_OWNER, sectionId);
            jdbc.update("update newsletter_section set image_file_id = ?, image_alt = ? where id = ?", image.id(), details.imageAlt().strip(), sectionId);
        }
        audit.record(AuditEvent.of(AuditAction.UPDATE, Issue.RECORD_TYPE, id).withDetail("section added"));
    }

    /**
     * Adds the dates for the diary of the next two months as a section of text, as they stand now: the business unit
     * can change it like any other section. Refused when there are none.
     */
    @Transactional
    public void addDiarySection(HubPrincipal actor, long id) {
        Issue issue = find(id);
        refuseUnless(actor, id, AuditAction.UPDATE);
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        List<DiaryDates.Entry> dates = diary.between(today, today.plusMonths(2));
        if (dates.isEmpty()) {
            throw new NewsletterRefused("diary", "newsletter.error.noDiaryDates");
        }
        List<String> paragraphs = dates.stream().map(d -> (d.startsOn().equals(d.endsOn()) ? d.startsOn().format(DAY)
                : d.startsOn().format(DAY) + " to " + d.endsOn().format(DAY)) + ": " + d.title() + " (" + d.kind().toLowerCase(java.util.Locale.UK) + ")"
                + (d.details() != null ? ". " + d.details() : "") + (d.link() != null ? " " + d.link() : "")).toList();
        addListedSection(issue, "Dates for the diary", paragraphs, "dates for the diary added");
    }

    /** Adds the surveys open today, each with its closing day and link, as a "Have your say" section. Refused when none is open. */
    @Transactional
    public void addSurveysSection(HubPrincipal actor, long id) {
        Issue issue = find(id);
        refuseUnless(actor, id, AuditAction.UPDATE);
        List<OpenSurveys.Listing> open = openSurveys.openOn(LocalDate.now(clock.withZone(LONDON)));
        if (open.isEmpty()) {
            throw new NewsletterRefused("surveys", "newsletter.error.noOpenSurveys");
        }
        List<String> paragraphs = open.stream().map(o -> o.title() + ": answer by " + o.closesOn().format(DAY) + " at " + o.link()).toList();
        addListedSection(issue, "Have your say", paragraphs, "open surveys added");
    }

    /** Adds the training sessions of the next two months, each with its day, place and places left, as a section. Refused when there are none. */
    @Transactional
    public void addTrainingSection(HubPrincipal actor, long id) {
        Issue issue = find(id);
        refuseUnless(actor, id, AuditAction.UPDATE);
        java.time.Instant now = clock.instant();
        List<UpcomingTraining.Session> sessions = training.between(now, LocalDate.now(clock.withZone(LONDON)).plusMonths(2).atStartOfDay(LONDON).toInstant());
        if (sessions.isEmpty()) {
            throw new NewsletterRefused("training", "newsletter.error.noTraining");
        }
        List<String> paragraphs = sessions.stream().map(s -> s.startsAt().atZone(LONDON).format(DAY_AND_TIME) + ": " + s.course() + ", "
                + (s.online() ? "online" : s.venue() == null ? "venue to be confirmed" : s.venue()) + ". "
                + (s.placesLeft() > 0 ? s.placesLeft() + (s.placesLeft() == 1 ? " place" : " places") + " left" : "Full: join the waiting list")
                + ". Book at " + s.link()).toList();
        addListedSection(issue, "Training coming up", paragraphs, "training sessions added");
    }

    /** Adds the learning briefs and practice reviews published on the public site in the last three months, with their links. */
    @Transactional
    public void addLearningSection(HubPrincipal actor, long id) {
        Issue issue = find(id);
        refuseUnless(actor, id, AuditAction.UPDATE);
        LocalDate since = LocalDate.now(clock.withZone(LONDON)).minusMonths(3);
        List<PublishedPages.Listing> published = new java.util.ArrayList<>(site.publishedSince(PublishedPages.Section.LEARNING_BRIEFS, since, 20));
        published.addAll(site.publishedSince(PublishedPages.Section.PUBLISHED_REVIEWS, since, 20));
        if (published.isEmpty()) {
            throw new NewsletterRefused("learning", "newsletter.error.noLearning");
        }
        List<String> paragraphs = published.stream().map(p -> p.title() + (p.summary() != null ? ". " + p.summary() : "") + " Read it at "
                + hub.baseUrl() + p.path()).toList();
        addListedSection(issue, "Learning from reviews", paragraphs, "learning briefs added");
    }

    /** A section of paragraphs drawn from another module, one per item (cut at the section's 10,000 characters), added and audited. */
    private void addListedSection(Issue issue, String heading, List<String> paragraphs, String detail) {
        String text = String.join("\n\n", paragraphs);
        issue.addSection(heading, text.length() > 10_000 ? text.substring(0, 10_000) : text, null, null, clock.instant());
        issues.saveAndFlush(issue);
        audit.record(AuditEvent.of(AuditAction.UPDATE, Issue.RECORD_TYPE, issue.getId()).withDetail(detail));
    }

    @Transactional
    public void changeSection(HubPrincipal actor, long id, long sectionId, SectionDetails details) {
        Issue issue = find(id);
        refuseUnless(actor, id, AuditAction.UPDATE);
        IssueSection section = issue.section(sectionId);
        boolean hasImage = section.getImageFileId() != null && !details.removeImage();
        checkSection(details, hasImage);
        Long imageId = details.removeImage() ? null : section.getImageFileId();
        if (details.image() != null || details.removeImage()) {
            files.deleteForOwner(IMAGE_OWNER, sectionId);
            imageId = null;
        }
        if (details.image() != null) {
            imageId = files.store(details.image(), IMAGE_OWNER, sectionId).id();
        }
        String alt = imageId == null ? null : (details.imageAlt() == null || details.imageAlt().isBlank() ? section.getImageAlt() : details.imageAlt().strip());
        issue.changeSection(sectionId, details.heading().strip(), blankToNull(details.body()), imageId, alt, clock.instant());
        issues.saveAndFlush(issue);
        audit.record(AuditEvent.of(AuditAction.UPDATE, Issue.RECORD_TYPE, id).withDetail("section changed"));
    }

    @Transactional
    public void removeSection(HubPrincipal actor, long id, long sectionId) {
        Issue issue = find(id);
        refuseUnless(actor, id, AuditAction.UPDATE);
        issue.removeSection(sectionId, clock.instant());
        issues.saveAndFlush(issue);
        files.deleteForOwner(IMAGE_OWNER, sectionId);
        audit.record(AuditEvent.of(AuditAction.UPDATE, Issue.RECORD_TYPE, id).withDetail("section removed"));
    }

    @Transactional
    public void publish(HubPrincipal actor, long id) {
        Issue issue = find(id);
        refuseUnless(actor, id, AuditAction.UPDATE);
        issue.publish(LocalDate.now(clock.withZone(LONDON)), clock.instant());
        issues.saveAndFlush(issue);
        audit.record(AuditEvent.of(AuditAction.UPDATE, Issue.RECORD_TYPE, id).withDetail("published"));
    }

    /**
     * Starts the one sending: queues a delivery for every confirmed subscriber of the issue's audience, as they stand
     * now. Refused before publication, a second time, and without a mail server.
     */
    @Transactional
    public int send(HubPrincipal actor, long id) {
        Issue issue = find(id);
        refuseUnless(actor, id, AuditAction.UPDATE);
        if (!mail.enabled()) {
            throw new NewsletterRefused("send", "newsletter.error.noMailServer");
        }
        issue.startSending(clock.instant());
        issues.saveAndFlush(issue);
        String audienceFilter = issue.getAudience() == Audience.EVERYONE ? "" : " and (',' || audiences || ',') like ?";
        Object[] args = issue.getAudience() == Audience.EVERYONE ? new Object[] {id}
                : new Object[] {id, "%," + issue.getAudience().name() + ",%"};
        int queued = jdbc.update("insert into newsletter_delivery (issue_id, subscriber_id, status) select ?, id, 'QUEUED' "
                + "from newsletter_subscriber where status = 'CONFIRMED'" + audienceFilter, args);
        audit.record(AuditEvent.of(AuditAction.UPDATE, Issue.RECORD_TYPE, id).withDetail("sending started to " + queued + " subscribers"));
        return queued;
    }

    @Transactional(readOnly = true)
    public Progress progress(HubPrincipal actor, long id) {
        Issue issue = find(id);
        refuseUnless(actor, id, AuditAction.VIEW);
        Map<Delivery, Long> counts = new EnumMap<>(Delivery.class);
        for (Delivery d : Delivery.values()) {
            counts.put(d, 0L);
        }
        jdbc.query("select status, count(*) from newsletter_delivery where issue_id = ? group by status",
                rs -> {
                    counts.put(Delivery.valueOf(rs.getString(1)), rs.getLong(2));
                }, id);
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        List<String> problems = jdbc.queryForList("select detail from newsletter_delivery where issue_id = ? and status = 'QUEUED' "
                + "and detail is not null order by attempted_at desc limit 1", String.class, id);
        return new Progress(issue, counts, total, problems.isEmpty() ? null : problems.get(0));
    }

    @Transactional(readOnly = true)
    public List<Issue> published() {
        return issues.findByStatusOrderByPublishedOnDescIdDesc(Issue.Status.PUBLISHED);
    }

    @Transactional(readOnly = true)
    public Issue publishedIssue(long id) {
        Issue issue = issues.findById(id).filter(i -> i.getStatus() == Issue.Status.PUBLISHED)
                .orElseThrow(() -> new NotFoundException("newsletter issue"));
        issue.sections();
        return issue;
    }

    /** An image of a published issue's section, or of any issue for the business unit's preview. */
    @Transactional(readOnly = true)
    public Image image(long fileId, HubPrincipal actorOrNull) {
        StoredFile file = files.find(fileId).filter(f -> f.ownerType().equals(IMAGE_OWNER))
                .orElseThrow(() -> new NotFoundException("newsletter image"));
        Boolean published = jdbc.queryForList("select i.status from newsletter_section s join newsletter_issue i on i.id = s.issue_id "
                + "where s.id = ?", String.class, file.ownerId()).stream().findFirst().map("PUBLISHED"::equals).orElse(null);
        if (published == null || (!published && (actorOrNull == null || !mayManage(actorOrNull)))) {
            throw new NotFoundException("newsletter image");
        }
        return new Image(file, files.content(fileId));
    }

    public record Image(StoredFile file, byte[] content) {
    }

    private Details checked(Details d) {
        String title = d.title() == null ? "" : d.title().strip();
        if (title.isEmpty()) {
            throw new NewsletterRefused("title", "newsletter.error.title");
        }
        if (title.length() > 200) {
            throw new NewsletterRefused("title", "newsletter.error.titleLength");
        }
        String summary = blankToNull(d.summary());
        if (summary != null && summary.length() > 1000) {
            throw new NewsletterRefused("summary", "newsletter.error.summaryLength");
        }
        if (d.audience() == null) {
            throw new NewsletterRefused("audience", "newsletter.error.audience");
        }
        return new Details(title, summary, d.audience());
    }

    private static void checkSection(SectionDetails d, boolean hasImage) {
        if (d.heading() == null || d.heading().isBlank()) {
            throw new NewsletterRefused("heading", "newsletter.error.heading");
        }
        if (d.heading().strip().length() > 200) {
            throw new NewsletterRefused("heading", "newsletter.error.headingLength");
        }
        if (d.body() != null && d.body().length() > 10_000) {
            throw new NewsletterRefused("body", "newsletter.error.bodyLength");
        }
        boolean altGiven = d.imageAlt() != null && !d.imageAlt().isBlank();
        if (d.image() != null && !altGiven) {
            throw new NewsletterRefused("imageAlt", "newsletter.error.imageAlt");
        }
        if (altGiven && d.imageAlt().strip().length() > 300) {
            throw new NewsletterRefused("imageAlt", "newsletter.error.imageAltLength");
        }
        if (d.image() == null && !hasImage && altGiven) {
            throw new NewsletterRefused("image", "newsletter.error.altWithoutImage");
        }
    }

    private static void stale(Issue issue, long version) {
        if (issue.getVersion() != version) {
            throw new OptimisticLockingFailureException("newsletter issue " + issue.getId() + " changed since version " + version);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Issue find(long id) {
        return issues.findById(id).orElseThrow(() -> new NotFoundException("newsletter issue"));
    }

    private void refuseUnless(HubPrincipal actor, Long id, AuditAction attempted) {
        if (!mayManage(actor)) {
            audit.record(new AuditEvent(AuditAction.DENIED, Issue.RECORD_TYPE, id == null ? null : String.valueOf(id), AuditOutcome.DENIED,
                    null, attempted + " newsletter issue"));
            throw Permissions.deniedAfterAudit();
        }
    }
}
