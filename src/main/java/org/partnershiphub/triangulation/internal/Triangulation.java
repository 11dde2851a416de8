package org.partnershiphub.triangulation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditOutcome;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.caseaudit.AgencyAuditGrades;
import org.partnershiphub.identity.Directory;
import org.partnershiphub.identity.OrganisationType;
import org.partnershiphub.identity.Permissions;
import org.partnershiphub.scorecard.AgencyIndicators;
import org.partnershiphub.selfassessment.AgencyRatings;
import org.partnershiphub.shared.HubPrincipal;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.NotFoundException;
import org.partnershiphub.training.TrainingReach;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joins what the partnership knows about each agency, area by area, and flags a green self-rating that an inadequate
 * audit grade or a red indicator in the same area contradicts. Readers across agencies see every agency; an agency's
 * safeguarding lead sees its own. Only the business unit changes the areas. Every view and change is audited.
 */
@Service
public class Triangulation implements org.partnershiphub.selfassessment.ModerationEvidence {

    public static final Set<Role> READERS = Role.QUALITY_ASSURANCE_READERS;

    /** What an area joins: a self-assessment standard, an audit tool section or a scorecard indicator. */
    public enum Kind { STANDARD, SECTION, INDICATOR }

    private final JdbcTemplate jdbc;
    private final Directory directory;
    private final AgencyRatings ratings;
    private final AgencyAuditGrades grades;
    private final AgencyIndicators indicators;
    private final TrainingReach reach;
    private final AuditTrail audit;
    private final Clock clock;

    Triangulation(JdbcTemplate jdbc, Directory directory, AgencyRatings ratings, AgencyAuditGrades grades, AgencyIndicators indicators,
                  TrainingReach reach, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.ratings = ratings;
        this.grades = grades;
        this.indicators = indicators;
        this.reach = reach;
        this.audit = audit;
        this.clock = clock;
    }

    public static boolean readsAcross(HubPrincipal actor) {
        return actor.roles().stream().anyMatch(READERS::contains);
    }

    private void check(boolean allowed, String attempted, Object id) {
        if (!allowed) {
            audit.record(new AuditEvent(AuditAction.DENIED, "Triangulation", id == null ? null : String.valueOf(id), AuditOutcome.DENIED, null,
                    "attempted " + attempted));
            throw Permissions.deniedAfterAudit();
        }
    }

    // ---- areas

    public record Area(long id, String name, Map<Kind, Set<Long>> links) {
        public Set<Long> of(Kind kind) {
            return links.getOrDefault(kind, Set.of());
        }

        public Set<Long> standards() {
            return of(Kind.STANDARD);
        }

        public Set<Long> sections() {
            return of(Kind.SECTION);
        }

        public Set<Long> indicators() {
            return of(Kind.INDICATOR);
        }
    }

    @Transactional(readOnly = true)
    public List<Area> areas() {
        Map<Long, Area> byId = new LinkedHashMap<>();
        jdbc.query("select id, name from tri_area order by position, id", rs -> {
            byId.put(rs.getLong(1), new Area(rs.getLong(1), rs.getString(2), new HashMap<>()));
        });
        jdbc.query("select area_id, kind, ref_id from tri_area_link", rs -> {
            Area a = byId.get(rs.getLong(1));
            if (a != null) {
                a.links().computeIfAbsent(Kind.valueOf(rs.getString(2)), k -> new HashSet<>()).add(rs.getLong(3));
            }
        });
        return new ArrayList<>(byId.values());
    }

    public Area area(long id) {
        return areas().stream().filter(a -> a.id() == id).findFirst().orElseThrow(() -> new NotFoundException("area"));
    }

    @Transactional
    public long addArea(HubPrincipal actor, String name) {
        check(actor.hasRole(Role.BUSINESS_UNIT), "add an area", null);
        if (name == null || name.isBlank()) {
            throw new TriangulationRefused("name", "tri.error.name");
        }
        if (jdbc.queryForObject("select count(*) from tri_area where lower(name) = lower(?)", Integer.class, name.strip()) > 0) {
            throw new TriangulationRefused("name", "tri.error.nameTaken");
        }
        int position = jdbc.queryForObject("select coalesce(max(position), 0) + 1 from tri_area", Integer.class);
        jdbc.update("insert into tri_area (name, position) values (?, ?)", name.strip(), position);
        long id = jdbc.queryForObject("select id from tri_area where name = ?", Long.class, name.strip());
        audit.record(AuditEvent.of(AuditAction.CREATE, "TriangulationArea", id).withDetail(name.strip()));
        return id;
    }

    /** Sets what the area joins, replacing what it joined before. */
    @Transactional
    public void link(HubPrincipal actor, long areaId, Map<Kind, Set<Long>> links) {
        check(actor.hasRole(Role.BUSINESS_UNIT), "change an area", areaId);
        area(areaId);
        Set<Long> standards = new HashSet<>(ratings.standards().stream().map(AgencyRatings.StandardRef::id).toList());
        Set<Long> sections = new HashSet<>(grades.sections().stream().map(AgencyAuditGrades.SectionRef::id).toList());
        Set<Long> indicatorIds = new HashSet<>(indicators.indicators().stream().map(AgencyIndicators.IndicatorRef::id).toList());
        Map<Kind, Set<Long>> known = Map.of(Kind.STANDARD, standards, Kind.SECTION, sections, Kind.INDICATOR, indicatorIds);
        jdbc.update("delete from tri_area_link where area_id = ?", areaId);
        int count = 0;
        for (Map.Entry<Kind, Set<Long>> e : links.entrySet()) {
            for (Long ref : e.getValue()) {
                if (!known.get(e.getKey()).contains(ref)) {
                    throw new NotFoundException("link");
                }
                jdbc.update("insert into tri_area_link (area_id, kind, ref_id) values (?, ?, ?)", areaId, e.getKey().name(), ref);
                count++;
            }
        }
        audit.record(AuditEvent.of(AuditAction.UPDATE, "TriangulationArea", areaId).withDetail(count + " links"));
    }

    // ---- an agency's picture

    /** A green self-rating contradicted in the same area, with the evidence on both sides. */
    public record Flag(AgencyRatings.Rated rating, List<AgencyAuditGrades.Graded> inadequate, List<AgencyIndicators.Latest> red) {
    }

    public record AreaPicture(Area area, List<AgencyRatings.Rated> ratings, List<AgencyAuditGrades.Graded> grades,
                              List<AgencyIndicators.Latest> indicators, List<Flag> flags) {
        public boolean empty() {
            return ratings.isEmpty() && grades.isEmpty() && indicators.isEmpty();
        }
    }

    public record Picture(Directory.Agency agency, List<AreaPicture> areas, List<AgencyRatings.Rated> otherRatings,
                          List<AgencyAuditGrades.Graded> otherGrades, List<AgencyIndicators.Latest> otherIndicators,
                          TrainingReach.AgencyReach reachThisYear, TrainingReach.AgencyReach reachLastYear) {
        public int flagCount() {
            return areas.stream().mapToInt(a -> a.flags().size()).sum();
        }
    }

    public static boolean mayRead(HubPrincipal actor, long agencyId) {
        return readsAcross(actor) || actor.hasRole(Role.AGENCY_LEAD) && actor.agencyId() == agencyId;
    }

    @Transactional // not read-only: the view is written to the audit trail
    public Picture picture(HubPrincipal actor, long agencyId) {
        Directory.Agency agency = directory.agency(agencyId).orElseThrow(() -> new NotFoundException("agency"));
        check(mayRead(actor, agencyId), "read an agency's triangulation", agencyId);
        audit.record(AuditEvent.of(AuditAction.VIEW, "Triangulation", agencyId));
        return pictureOf(agency);
    }

    /** What every agency's picture is laid out by: the areas, and each tool section's title by id. Read once per request. */
    private record Layout(List<Area> areas, Map<Long, String> sectionTitles) {
    }

    private Layout layout() {
        Map<Long, String> sectionTitles = new HashMap<>();
        grades.sections().forEach(s -> sectionTitles.put(s.id(), s.title()));
        return new Layout(areas(), sectionTitles);
    }

    private Picture pictureOf(Directory.Agency agency) {
        return pictureOf(agency, layout());
    }

    private Picture pictureOf(Directory.Agency agency, Layout layout) {
        List<AgencyRatings.Rated> rated = ratings.latest(agency.id());
        // only sections someone has graded: the agency's submitted part or the meeting's agreed grade
        List<AgencyAuditGrades.Graded> graded = grades.forAgency(agency.id()).stream()
                .filter(g -> g.agencyGrade() != null || g.agreedGrade() != null).toList();
        List<AgencyIndicators.Latest> latest = indicators.forAgency(agency.id());
        Map<Long, String> sectionTitles = layout.sectionTitles();
        Set<Long> usedRatings = new HashSet<>();
        Set<Integer> usedGrades = new HashSet<>();
        Set<Long> usedIndicators = new HashSet<>();
        List<AreaPicture> pictures = new ArrayList<>();
        for (Area area : layout.areas()) {
            // a section belongs to the area by the title of a linked section, so later versions of a tool stay in it
            Set<String> titles = new HashSet<>();
            area.of(Kind.SECTION).forEach(id -> {
                if (sectionTitles.containsKey(id)) {
                    titles.add(sectionTitles.get(id).toLowerCase(java.util.Locale.UK));
                }
            });
            List<AgencyRatings.Rated> r = rated.stream().filter(x -> area.of(Kind.STANDARD).contains(x.standardId())).toList();
            List<AgencyAuditGrades.Graded> g = new ArrayList<>();
            for (int i = 0; i < graded.size(); i++) {
                if (titles.contains(graded.get(i).sectionTitle().toLowerCase(java.util.Locale.UK))) {
                    g.add(graded.get(i));
                    usedGrades.add(i);
                }
            }
            List<AgencyIndicators.Latest> ind = latest.stream().filter(x -> area.of(Kind.INDICATOR).contains(x.indicatorId())).toList();
            r.forEach(x -> usedRatings.add(x.standardId()));
            ind.forEach(x -> usedIndicators.add(x.indicatorId()));
            List<AgencyAuditGrades.Graded> inadequate = g.stream().filter(AgencyAuditGrades.Graded::inadequate).toList();
            List<AgencyIndicators.Latest> red = ind.stream().filter(AgencyIndicators.Latest::red).toList();
            List<Flag> flags = new ArrayList<>();
            if (!inadequate.isEmpty() || !red.isEmpty()) {
                r.stream().filter(AgencyRatings.Rated::green).forEach(x -> flags.add(new Flag(x, inadequate, red)));
            }
            pictures.add(new AreaPicture(area, r, g, ind, flags));
        }
        List<AgencyAuditGrades.Graded> otherGrades = new ArrayList<>();
        for (int i = 0; i < graded.size(); i++) {
            if (!usedGrades.contains(i)) {
                otherGrades.add(graded.get(i));
            }
        }
        int year = financialYear(LocalDate.now(clock));
        return new Picture(agency, pictures, rated.stream().filter(x -> !usedRatings.contains(x.standardId())).toList(), otherGrades,
                latest.stream().filter(x -> !usedIndicators.contains(x.indicatorId())).toList(), reach.forAgency(agency.id(), year),
                reach.forAgency(agency.id(), year - 1));
    }

    /** The picture's flags, by standard, in words: for the moderation page of the return itself. */
    @Override
    @Transactional(readOnly = true)
    public Map<Long, List<Contradiction>> against(long agencyId) {
        Directory.Agency agency = directory.agency(agencyId).orElse(null);
        Map<Long, List<Contradiction>> byStandard = new HashMap<>();
        if (agency == null) {
            return byStandard;
        }
        for (AreaPicture area : pictureOf(agency).areas()) {
            for (Flag f : area.flags()) {
                List<Contradiction> list = byStandard.computeIfAbsent(f.rating().standardId(), k -> new ArrayList<>());
                for (AgencyAuditGrades.Graded g : f.inadequate()) {
                    list.add(new Contradiction(f.rating().returnId(), area.area().name(), g.theme() + " " + g.yearLabel() + ", " + g.caseReference() + ", "
                            + g.sectionTitle() + ": graded inadequate"));
                }
                for (AgencyIndicators.Latest i : f.red()) {
                    list.add(new Contradiction(f.rating().returnId(), area.area().name(), i.code() + " " + i.title() + ": " + i.value() + " (" + i.quarterLabel()
                            + "), red"));
                }
            }
        }
        return byStandard;
    }

    static int financialYear(LocalDate day) {
        return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
    }

    /** Every agency (not the partnership itself) with how many green self-ratings are contradicted. */
    public record AgencyRow(Directory.Agency agency, int flags, int ratings) {
    }

    @Transactional(readOnly = true)
    public List<AgencyRow> agencies(HubPrincipal actor) {
        check(readsAcross(actor), "read every agency's triangulation", null);
        List<AgencyRow> rows = new ArrayList<>();
        Layout layout = layout();
        for (Directory.Agency a : directory.agencies()) {
            if (a.type() == OrganisationType.PARTNERSHIP) {
                continue;
            }
            Picture p = pictureOf(a, layout);
            int rated = p.otherRatings().size() + p.areas().stream().mapToInt(x -> x.ratings().size()).sum();
            rows.add(new AgencyRow(a, p.flagCount(), rated));
        }
        rows.sort(java.util.Comparator.comparing((AgencyRow r) -> -r.flags()).thenComparing(r -> r.agency().name()));
        return rows;
    }

    /** What an area can join, for the business unit's form. */
    public record Catalogue(List<AgencyRatings.StandardRef> standards, List<AgencyAuditGrades.SectionRef> sections,
                            List<AgencyIndicators.IndicatorRef> indicators) {
    }

    public Catalogue catalogue() {
        return new Catalogue(ratings.standards(), grades.sections(), indicators.indicators());
    }
}
