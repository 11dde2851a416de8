package org.partnershiphub.reviews.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.identity.Directory;
import org.partnershiphub.identity.Permissions;
import org.partnershiphub.identity.Permissions.Access;
import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.HubPrincipal;
import org.partnershiphub.shared.web.NotFoundException;
import org.partnershiphub.strategy.ActionProposed;
import org.partnershiphub.strategy.PlanActions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * From a review's findings to evidence of impact: findings tagged with themes, recommendations that become business
 * plan actions (through {@link ActionProposed}), learning products disseminated per agency, and the evidence that
 * practice changed. Also the cross-cutting themes across reviews.
 */
@Service
public class ReviewLearning {

    public static final String SOURCE_TYPE = "REVIEW_RECOMMENDATION";

    public record ThemeView(long id, String name) { }

    public record FindingView(long id, String text, List<String> themes) { }

    public record RecommendationView(long id, String text, Long findingId, String ownerAgency, LocalDate dueDate,
                                     PlanActions.ActionSummary action, String evidenceOfImpact) { }

    public record DisseminationView(String agency, LocalDate on) { }

    public record ProductView(long id, String kind, String title, LocalDate publishedOn, List<DisseminationView> disseminations) { }

    public record LearningView(List<FindingView> findings, List<RecommendationView> recommendations, List<ProductView> products) { }

    /** One link of the chain for a recommendation; {@code brokenAt} names the first missing link, or null when whole. */
    public record ChainRow(long incidentId, String reference, String pseudonym, String recommendation, String ownerAgency,
                           boolean actionInPlan, boolean learningDisseminated, boolean impactEvidenced, String brokenAt) { }

    public record ThemeCount(String theme, int findings, List<String> references) { }

    private final SeriousIncidentRepository incidents;
    private final ReviewThemeRepository themes;
    private final FindingRepository findings;
    private final RecommendationRepository recommendations;
    private final LearningProductRepository products;
    private final PlanActions planActions;
    private final Directory directory;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewLearning(SeriousIncidentRepository incidents, ReviewThemeRepository themes, FindingRepository findings,
                   RecommendationRepository recommendations, LearningProductRepository products, PlanActions planActions,
                   Directory directory, Permissions permissions, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.incidents = incidents;
        this.themes = themes;
        this.findings = findings;
        this.recommendations = recommendations;
        this.products = products;
        this.planActions = planActions;
        this.directory = directory;
        this.permissions = permissions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    private SeriousIncident checked(long id, Access access) {
        SeriousIncident incident = incidents.findById(id).orElseThrow(() -> new NotFoundException("incident"));
        permissions.check(access, incident);
        return incident;
    }

    @Transactional(readOnly = true)
    public List<ThemeView> themes() {
        return themes.findAllByOrderByNameAsc().stream().map(t -> new ThemeView(t.getId(), t.getName())).toList();
    }

    @Transactional
    public LearningView learning(long id) {
        checked(id, Access.READ);
        Map<Long, String> themeNames = themes.findAll().stream().collect(Collectors.toMap(ReviewTheme::getId, ReviewTheme::getName));
        List<FindingView> findingViews = findings.findByIncidentIdOrderByIdAsc(id).stream()
                .map(f -> new FindingView(f.getId(), f.getText(), f.getThemeIds().stream().map(themeNames::get).sorted().toList())).toList();
        List<Recommendation> recs = recommendations.findByIncidentIdOrderByIdAsc(id);
        Map<Long, PlanActions.ActionSummary> actions = planActions.forSources(SOURCE_TYPE, recs.stream().map(Recommendation::getId).toList());
        List<RecommendationView> recViews = recs.stream().map(r -> new RecommendationView(r.getId(), r.getText(), r.getFindingId(),
                directory.agencyName(r.getOwnerAgencyId()), r.getDueDate(), actions.get(r.getId()), r.getEvidenceOfImpact())).toList();
        List<ProductView> productViews = products.findByIncidentIdOrderByIdAsc(id).stream().map(p -> new ProductView(p.getId(),
                p.getKind().name(), p.getTitle(), p.getPublishedOn(), p.getDisseminations().stream()
                .map(d -> new DisseminationView(directory.agencyName(d.getAgencyId()), d.getDisseminatedOn()))
                .sorted(Comparator.comparing(DisseminationView::agency)).toList())).toList();
        return new LearningView(findingViews, recViews, productViews);
    }

    @Transactional
    public void addFinding(long id, String text, Set<Long> themeIds) {
        checked(id, Access.CHANGE);
        Set<Long> known = themes.findAllById(themeIds).stream().map(ReviewTheme::getId).collect(Collectors.toSet());
        Finding finding = findings.save(new Finding(id, text.strip(), known, clock.instant()));
        audit.record(AuditEvent.of(AuditAction.CREATE, "Finding", finding.getId()).withDetail("review " + id + "; themes " + known));
    }

    /** Adds a recommendation and proposes it to the business plan as an action led by its owning agency. */
    @Transactional
    public void addRecommendation(long id, Long findingId, String text, long ownerAgencyId, LocalDate dueDate) {
        SeriousIncident incident = checked(id, Access.CHANGE);
        if (findingId != null && findings.findById(findingId).filter(f -> f.getIncidentId() == id).isEmpty()) {
            throw new NotFoundException("finding");
        }
        Recommendation recommendation = recommendations.save(new Recommendation(id, findingId, text.strip(), ownerAgencyId, dueDate, clock.instant()));
        audit.record(AuditEvent.of(AuditAction.CREATE, "Recommendation", recommendation.getId())
                .withDetail("review " + incident.getReference() + "; owner agency " + ownerAgencyId + "; due " + dueDate));
        events.publishEvent(new ActionProposed(SOURCE_TYPE, recommendation.getId(), incident.getReference(), recommendation.getText(),
                ownerAgencyId, dueDate));
    }

    @Transactional
    public void evidenceImpact(long id, long recommendationId, String evidence) {
        checked(id, Access.CHANGE);
        Recommendation recommendation = recommendations.findById(recommendationId).filter(r -> r.getIncidentId() == id)
                .orElseThrow(() -> new NotFoundException("recommendation"));
        String before = recommendation.getEvidenceOfImpact();
        recommendation.evidenceImpact(evidence.strip(), clock.instant());
        audit.record(AuditEvent.of(AuditAction.UPDATE, "Recommendation", recommendationId)
                .withDetail("evidence of impact " + (before == null ? "recorded" : "updated")));
    }

    @Transactional
    public void addProduct(long id, String kind, String title, LocalDate publishedOn) {
        checked(id, Access.CHANGE);
        LearningProduct product = products.save(new LearningProduct(id, LearningProduct.Kind.valueOf(kind), title.strip(), publishedOn));
        audit.record(AuditEvent.of(AuditAction.CREATE, "LearningProduct", product.getId()).withDetail("review " + id + "; " + kind));
    }

    @Transactional
    public boolean disseminated(long id, long productId, long agencyId, LocalDate on) {
        checked(id, Access.CHANGE);
        LearningProduct product = products.findById(productId).filter(p -> p.getIncidentId() == id)
                .orElseThrow(() -> new NotFoundException("product"));
        boolean added = product.disseminatedBy(agencyId, on);
        if (added) {
            audit.record(AuditEvent.of(AuditAction.UPDATE, "LearningProduct", productId).withDetail("disseminated by agency " + agencyId + " on " + on));
        }
        return added;
    }

    /** Every recommendation the person may see, with its chain to impact and where the chain is broken. */
    @Transactional
    public List<ChainRow> chain() {
        HubPrincipal user = CurrentUser.require();
        Map<Long, SeriousIncident> visible = incidents.findAll().stream()
                .filter(i -> permissions.allows(user, Access.READ, i))
                .collect(Collectors.toMap(SeriousIncident::getId, Function.identity()));
        List<Recommendation> all = recommendations.findAllByOrderByIncidentIdAscIdAsc().stream()
                .filter(r -> visible.containsKey(r.getIncidentId())).toList();
        Map<Long, PlanActions.ActionSummary> actions = planActions.forSources(SOURCE_TYPE, all.stream().map(Recommendation::getId).toList());
        Set<Long> reviewsWithDisseminatedLearning = products.findByIncidentIdIn(visible.keySet()).stream()
                .filter(p -> !p.getDisseminations().isEmpty()).map(LearningProduct::getIncidentId).collect(Collectors.toSet());
        List<ChainRow> rows = new ArrayList<>();
        for (Recommendation r : all) {
            SeriousIncident incident = visible.get(r.getIncidentId());
            boolean action = actions.containsKey(r.getId());
            boolean learning = reviewsWithDisseminatedLearning.contains(r.getIncidentId());
            boolean impact = r.getEvidenceOfImpact() != null;
            String broken = !action ? "action" : !learning ? "learning" : !impact ? "impact" : null;
            rows.add(new ChainRow(incident.getId(), incident.getReference(), incident.getChildPseudonym(), r.getText(),
                    directory.agencyName(r.getOwnerAgencyId()), action, learning, impact, broken));
        }
        audit.record(AuditEvent.of(AuditAction.SEARCH, "Recommendation", null).withDetail("learning to impact: " + rows.size() + " recommendations"));
        return rows;
    }

    /** Themes of findings recorded in a period, most frequent first, with the reviews behind each. */
    @Transactional
    public List<ThemeCount> themesReport(LocalDate from, LocalDate to) {
        HubPrincipal user = CurrentUser.require();
        ZoneId london = ZoneId.of("Europe/London");
        Map<Long, String> themeNames = themes.findAll().stream().collect(Collectors.toMap(ReviewTheme::getId, ReviewTheme::getName));
        Map<Long, SeriousIncident> incidentsById = new LinkedHashMap<>();
        Map<String, List<String>> referencesByTheme = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (Finding finding : findings.findCreatedBetween(from.atStartOfDay(london).toInstant(), to.plusDays(1).atStartOfDay(london).toInstant())) {
            SeriousIncident incident = incidentsById.computeIfAbsent(finding.getIncidentId(), k -> incidents.findById(k).orElse(null));
            if (incident == null || !permissions.allows(user, Access.READ, incident)) {
                continue;
            }
            for (Long themeId : finding.getThemeIds()) {
                String name = themeNames.get(themeId);
                counts.merge(name, 1, Integer::sum);
                List<String> refs = referencesByTheme.computeIfAbsent(name, k -> new ArrayList<>());
                if (!refs.contains(incident.getReference())) {
                    refs.add(incident.getReference());
                }
            }
        }
        audit.record(AuditEvent.of(AuditAction.SEARCH, "Finding", null).withDetail("themes report " + from + " to " + to));
        return counts.entrySet().stream()
                .map(e -> new ThemeCount(e.getKey(), e.getValue(), referencesByTheme.get(e.getKey())))
                .sorted(Comparator.comparingInt(ThemeCount::findings).reversed().thenComparing(ThemeCount::theme))
                .toList();
    }
}
