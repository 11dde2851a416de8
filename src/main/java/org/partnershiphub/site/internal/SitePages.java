package org.partnershiphub.site.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditOutcome;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.files.CheckedUpload;
import org.partnershiphub.files.FileKind;
import org.partnershiphub.files.StoredFile;
import org.partnershiphub.files.StoredFiles;
import org.partnershiphub.identity.Permissions;
import org.partnershiphub.shared.FieldRefusals;
import org.partnershiphub.shared.HubPrincipal;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.NotFoundException;
import org.partnershiphub.site.PublishedPages;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public site's pages, each use case one transaction owning its rules. The business unit drafts a page, saves
 * it again and again (every save a revision, with an optional note of what changed), publishes the latest revision,
 * withdraws it, restores an older revision as a new draft, and attaches checked files; every step is in the page's
 * history and the audit trail. The public reads only published revisions and the attachments published with them.
 */
@Service
public class SitePages implements PublishedPages {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String FILE_OWNER = "SiteAttachment";
    public static final Set<FileKind> ATTACHMENT_KINDS = EnumSet.allOf(FileKind.class);
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** A page as the business unit typed it. A blank web address is made from the title. */
    public record Draft(Section section, String slug, String title, String summary, String body, String note) {
    }

    /** An attachment with its stored file's name, kind and size. */
    public record Attached(SiteAttachment attachment, StoredFile file) {
    }

    /** Everything the business unit's page about a page shows. */
    public record Overview(SitePage page, PageText.Rendered draft, List<Attached> attachments, List<SitePageRevision> revisions,
                           List<SitePageChange> history) {
    }

    /** A published page as the public reads it. */
    public record Published(SitePage page, SitePageRevision revision, PageText.Rendered text, List<Attached> attachments) {
    }

    /** A file to hand over, with its details. */
    public record Download(StoredFile file, byte[] content) {
    }

    private final SitePageRepository pages;
    private final SitePageRevisionRepository revisions;
    private final SitePageChangeRepository changes;
    private final SiteAttachmentRepository attachments;
    private final StoredFiles files;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    SitePages(SitePageRepository pages, SitePageRevisionRepository revisions, SitePageChangeRepository changes,
              SiteAttachmentRepository attachments, StoredFiles files, JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
        this.pages = pages;
        this.revisions = revisions;
        this.changes = changes;
        this.attachments = attachments;
        this.files = files;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- the business unit

    @Transactional(readOnly = true)
    public List<SitePage> all(HubPrincipal actor) {
        refuseUnless(actor, null, AuditAction.SEARCH);
        return pages.findAllByOrderBySectionAscUpdatedAtDesc();
    }

    @Transactional
    public SitePage create(HubPrincipal actor, Draft draft) {
        refuseUnless(actor, null, AuditAction.CREATE);
        Checked c = checked(draft, null);
        SitePage page = pages.saveAndFlush(new SitePage(c.section(), c.slug(), c.content(), actor.userId(), clock.instant()));
        revisions.save(new SitePageRevision(page.getId(), 1, c.content(), c.note(), actor.displayName(), clock.instant()));
        change(page, SitePageChange.Kind.CREATED, 1, c.note(), actor);
        audit.record(AuditEvent.of(AuditAction.CREATE, SitePage.RECORD_TYPE, page.getId()).withDetail(c.section() + " " + c.slug()));
        return page;
    }

    @Transactional(readOnly = true)
    public Overview overview(HubPrincipal actor, long id) {
        SitePage page = find(id);
        refuseUnless(actor, id, AuditAction.VIEW);
        return new Overview(page, PageText.render(page.getBody()), attached(id, false), revisions.findByPageIdOrderByNumberDesc(id),
                changes.findByPageIdOrderByIdDesc(id));
    }

    @Transactional(readOnly = true)
    public SitePage forEditing(HubPrincipal actor, long id) {
        SitePage page = find(id);
        refuseUnless(actor, id, AuditAction.UPDATE);
        return page;
    }

    /** Saves the page as its next revision; the public goes on reading the published one until this is published. */
    @Transactional
    public int save(HubPrincipal actor, long id, long version, Draft draft) {
        SitePage page = find(id);
        refuseUnless(actor, id, AuditAction.UPDATE);
        if (page.getVersion() != version) {
            throw new OptimisticLockingFailureException("site page " + id + " changed since version " + version);
        }
        Checked c = checked(draft, page);
        String oldAddress = page.publicPath();
        page.moveTo(c.section(), c.slug(), clock.instant());
        boolean moved = !oldAddress.equals(page.publicPath());
        int number;
        if (moved && page.content().equals(c.content())) {
            number = page.getLatestRevision();
        } else {
            number = page.redraft(c.content(), clock.instant());
            revisions.save(new SitePageRevision(id, number, c.content(), c.note(), actor.displayName(), clock.instant()));
            change(page, SitePageChange.Kind.SAVED, number, c.note(), actor);
        }
        if (moved) {
            change(page, SitePageChange.Kind.ADDRESS_CHANGED, null, page.publicPath(), actor);
        }
        pages.saveAndFlush(page);
        audit.record(AuditEvent.of(AuditAction.UPDATE, SitePage.RECORD_TYPE, id).withDetail("revision " + number + " saved"));
        return number;
    }

    /** Saves an older revision's content as the newest revision, to publish again or go on from. */
    @Transactional
    public int restore(HubPrincipal actor, long id, int number) {
        SitePage page = find(id);
        refuseUnless(actor, id, AuditAction.UPDATE);
        SitePageRevision old = revisions.findByPageIdAndNumber(id, number).orElseThrow(() -> new NotFoundException("revision"));
        int saved = page.redraft(old.content(), clock.instant());
        String note = "Revision " + number + " restored";
        revisions.save(new SitePageRevision(id, saved, old.content(), note, actor.displayName(), clock.instant()));
        change(page, SitePageChange.Kind.RESTORED, saved, note, actor);
        pages.saveAndFlush(page);
        audit.record(AuditEvent.of(AuditAction.UPDATE, SitePage.RECORD_TYPE, id).withDetail("revision " + number + " restored as " + saved));
        return saved;
    }

    @Transactional(readOnly = true)
    public SitePageRevision revision(HubPrincipal actor, long id, int number) {
        find(id);
        refuseUnless(actor, id, AuditAction.VIEW);
        return revisions.findByPageIdAndNumber(id, number).orElseThrow(() -> new NotFoundException("revision"));
    }

    /**
     * Publishes the latest revision and every attachment not yet public. Refused when the latest is already published
     * and when the page would be empty (no words and no attachment).
     */
    @Transactional
    public int publish(HubPrincipal actor, long id) {
        SitePage page = find(id);
        refuseUnless(actor, id, AuditAction.UPDATE);
        List<SiteAttachment> files = attachments.findByPageIdOrderByIdAsc(id);
        if ((page.getBody() == null || page.getBody().isBlank()) && files.isEmpty()) {
            throw new SiteRefused("publish", "site.error.emptyPage");
        }
        boolean newFiles = files.stream().anyMatch(a -> !a.isPublished());
        int number;
        if (!page.hasUnpublishedChanges() && page.isPublished() && newFiles) {
            number = page.getPublishedRevision();
        } else {
            number = page.publish(LocalDate.now(clock.withZone(LONDON)), clock.instant());
        }
        files.forEach(SiteAttachment::publish);
        pages.saveAndFlush(page);
        change(page, SitePageChange.Kind.PUBLISHED, number, null, actor);
        audit.record(AuditEvent.of(AuditAction.UPDATE, SitePage.RECORD_TYPE, id).withDetail("revision " + number + " published"));
        return number;
    }

    @Transactional
    public void withdraw(HubPrincipal actor, long id, String reason) {
        SitePage page = find(id);
        refuseUnless(actor, id, AuditAction.UPDATE);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new SiteRefused("reason", "site.error.reason");
        }
        if (why.length() > 300) {
            throw new SiteRefused("reason", "site.error.reasonLength");
        }
        page.withdraw(clock.instant());
        pages.saveAndFlush(page);
        change(page, SitePageChange.Kind.WITHDRAWN, null, why, actor);
        audit.record(AuditEvent.of(AuditAction.UPDATE, SitePage.RECORD_TYPE, id).withDetail("withdrawn: " + why));
    }

    /** Attaches a checked file with the title readers see (the file's name when blank); public at the page's next publication. */
    @Transactional
    public void attach(HubPrincipal actor, long id, CheckedUpload upload, String title) {
        SitePage page = find(id);
        refuseUnless(actor, id, AuditAction.UPDATE);
        if (upload == null) {
            throw new SiteRefused("file", "site.error.file");
        }
        String shown = title == null || title.isBlank() ? upload.originalName() : title.strip();
        if (shown.length() > 200) {
            throw new SiteRefused("attachmentTitle", "site.error.attachmentTitleLength");
        }
        SiteAttachment attachment = attachments.saveAndFlush(new SiteAttachment(id, shown, clock.instant()));
        attachment.holds(files.store(upload, FILE_OWNER, attachment.getId()).id());
        change(page, SitePageChange.Kind.ATTACHMENT_ADDED, null, shown, actor);
        audit.record(AuditEvent.of(AuditAction.UPDATE, SitePage.RECORD_TYPE, id).withDetail("attachment added"));
    }

    /** Removes an attachment, from the public site at once. */
    @Transactional
    public void detach(HubPrincipal actor, long id, long attachmentId) {
        SitePage page = find(id);
        refuseUnless(actor, id, AuditAction.UPDATE);
        SiteAttachment a = attachments.findById(attachmentId).filter(x -> x.getPageId() == id).orElseThrow(() -> new NotFoundException("attachment"));
        attachments.delete(a);
        files.deleteForOwner(FILE_OWNER, attachmentId);
        change(page, SitePageChange.Kind.ATTACHMENT_REMOVED, null, a.getTitle(), actor);
        audit.record(AuditEvent.of(AuditAction.UPDATE, SitePage.RECORD_TYPE, id).withDetail("attachment removed"));
    }

    @Transactional(readOnly = true)
    public Download attachmentForStaff(HubPrincipal actor, long id, long attachmentId) {
        find(id);
        refuseUnless(actor, id, AuditAction.VIEW);
        SiteAttachment a = attachments.findById(attachmentId).filter(x -> x.getPageId() == id).orElseThrow(() -> new NotFoundException("attachment"));
        return download(a);
    }

    // ---- the public

    /** The page as published at this address, or not found (never published, withdrawn, or no such page). */
    @Transactional(readOnly = true)
    public Published published(Section section, String slug) {
        SitePage page = pages.findBySectionAndSlug(section, slug).filter(SitePage::isPublished).orElseThrow(() -> new NotFoundException("page"));
        SitePageRevision revision = revisions.findByPageIdAndNumber(page.getId(), page.getPublishedRevision())
                .orElseThrow(() -> new NotFoundException("page"));
        return new Published(page, revision, PageText.render(revision.getBody()), attached(page.getId(), true));
    }

    /** Every published page of a section, newest first. */
    @Transactional(readOnly = true)
    public List<Listing> published(Section section) {
        return publishedSince(section, LocalDate.of(1900, 1, 1), 500);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Listing> publishedSince(Section section, LocalDate since, int limit) {
        return jdbc.query("select p.slug, r.title, r.summary, p.first_published_on from site_page p join site_page_revision r "
                        + "on r.page_id = p.id and r.number = p.published_revision where p.section = ? and p.first_published_on >= ? "
                        + "order by p.first_published_on desc, p.id desc fetch first " + Math.max(1, Math.min(limit, 500)) + " rows only",
                (rs, n) -> new Listing(section, rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                        "/" + section.path() + "/" + rs.getString(1)), section.name(), since);
    }

    /** A published page's published attachment, or not found. */
    @Transactional(readOnly = true)
    public Download publicAttachment(long attachmentId) {
        SiteAttachment a = attachments.findById(attachmentId).filter(SiteAttachment::isPublished)
                .filter(x -> pages.findById(x.getPageId()).map(SitePage::isPublished).orElse(false))
                .orElseThrow(() -> new NotFoundException("attachment"));
        return download(a);
    }

    // ---- rules

    private record Checked(Section section, String slug, SitePage.Content content, String note) {
    }

    /** Every rule on what was typed, all problems together, with the web address made from the title when left blank. */
    private Checked checked(Draft d, SitePage existing) {
        FieldRefusals.Collector problems = new FieldRefusals.Collector();
        if (d.section() == null) {
            problems.reject("section", "site.error.section");
        }
        String title = d.title() == null ? "" : d.title().strip();
        if (title.isEmpty()) {
            problems.reject("title", "site.error.title");
        } else if (title.length() > 200) {
            problems.reject("title", "site.error.titleLength");
        }
        String summary = blankToNull(d.summary());
        if (summary != null && summary.length() > 500) {
            problems.reject("summary", "site.error.summaryLength");
        }
        String body = d.body() == null || d.body().isBlank() ? null : d.body().replace("\r\n", "\n").stripTrailing();
        if (body != null && body.length() > 50_000) {
            problems.reject("body", "site.error.bodyLength");
        }
        String note = blankToNull(d.note());
        if (note != null && note.length() > 300) {
            problems.reject("note", "site.error.noteLength");
        }
        String slug = blankToNull(d.slug());
        if (slug == null) {
            slug = existing != null && d.section() == existing.getSection() ? existing.getSlug() : slugOf(title);
        } else {
            slug = slug.toLowerCase(Locale.UK);
            if (slug.length() > 120 || !SLUG.matcher(slug).matches()) {
                problems.reject("slug", "site.error.slug");
            }
        }
        if (!problems.has("slug") && !problems.has("section") && !slug.isEmpty()) {
            boolean same = existing != null && existing.getSection() == d.section() && existing.getSlug().equals(slug);
            if (!same && pages.existsBySectionAndSlug(d.section(), slug)) {
                problems.reject("slug", "site.error.slugTaken", "/" + d.section().path() + "/" + slug);
            }
        }
        problems.throwIfAny();
        return new Checked(d.section(), slug, new SitePage.Content(title, summary, body), note);
    }

    /** "Our safeguarding arrangements 2026" → "our-safeguarding-arrangements-2026". */
    static String slugOf(String title) {
        String s = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.UK).replace("&", " and ").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (s.length() > 120) {
            s = s.substring(0, 120).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "page" : s;
    }

    private List<Attached> attached(long pageId, boolean publishedOnly) {
        List<SiteAttachment> all = attachments.findByPageIdOrderByIdAsc(pageId);
        Map<Long, List<StoredFile>> stored = files.forOwners(FILE_OWNER, all.stream().map(SiteAttachment::getId).toList());
        List<Attached> out = new ArrayList<>();
        for (SiteAttachment a : all) {
            StoredFile f = stored.getOrDefault(a.getId(), List.of()).stream().filter(x -> x.id() == a.getFileId()).findFirst().orElse(null);
            if (f != null && (!publishedOnly || a.isPublished())) {
                out.add(new Attached(a, f));
            }
        }
        return out;
    }

    private Download download(SiteAttachment a) {
        StoredFile file = files.find(a.getFileId()).orElseThrow(() -> new NotFoundException("attachment"));
        return new Download(file, files.content(file.id()));
    }

    private void change(SitePage page, SitePageChange.Kind kind, Integer revision, String detail, HubPrincipal actor) {
        changes.save(new SitePageChange(page.getId(), kind, revision, detail, actor.displayName(), clock.instant()));
    }

    private SitePage find(long id) {
        return pages.findById(id).orElseThrow(() -> new NotFoundException("page"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private void refuseUnless(HubPrincipal actor, Long id, AuditAction attempted) {
        if (!actor.hasRole(Role.BUSINESS_UNIT)) {
            audit.record(new AuditEvent(AuditAction.DENIED, SitePage.RECORD_TYPE, id == null ? null : String.valueOf(id), AuditOutcome.DENIED,
                    null, attempted + " site page"));
            throw Permissions.deniedAfterAudit();
        }
    }
}
