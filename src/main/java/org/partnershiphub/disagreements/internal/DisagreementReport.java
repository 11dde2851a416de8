package org.partnershiphub.disagreements.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.partnershiphub.identity.Directory;
import org.springframework.stereotype.Service;

/**
 * What the business unit reports to the Executive about professional disagreements: how many and about what, between
 * which agencies, the stage at which they were resolved, whether they were resolved within the stages' time limits and
 * how long they took in working days, and which are overdue now. Counts only: no child's reference.
 */
@Service
public class DisagreementReport {

    public record Count(String label, String messageKey, long count) {
    }

    public record AgencyRow(String agency, long raisedBy, long raisedWith) {
    }

    public record PairRow(String raisedBy, String raisedWith, long count) {
    }

    public record Overdue(long id, String reference, int stage, LocalDate due, int workingDaysOverdue) {
    }

    public record Report(long total, long open, long resolved, long withdrawn, List<Count> themes, long maxTheme, List<AgencyRow> agencies,
                         List<PairRow> pairs, List<Count> resolvedAtStage, long resolvedInTime, long resolvedLate, Double averageWorkingDays,
                         Double medianWorkingDays, List<Overdue> overdue) {
    }

    private final Disagreements disagreements;
    private final Directory directory;

    DisagreementReport(Disagreements disagreements, Directory directory) {
        this.disagreements = disagreements;
        this.directory = directory;
    }

    public Report report() {
        List<Disagreement> all = disagreements.everything();
        LocalDate today = disagreements.today();
        List<Count> themes = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            themes.add(new Count(theme.name(), theme.messageKey(), all.stream().filter(d -> d.getTheme() == theme).count()));
        }
        long maxTheme = themes.stream().mapToLong(Count::count).max().orElse(0);

        List<AgencyRow> agencies = new ArrayList<>();
        for (Directory.Agency agency : directory.agencies()) {
            long by = all.stream().filter(d -> d.getRaiserAgencyId() == agency.id()).count();
            long with = all.stream().filter(d -> d.getOtherAgencyId() == agency.id()).count();
            if (by + with > 0) {
                agencies.add(new AgencyRow(agency.name(), by, with));
            }
        }
        Map<String, long[]> pairCounts = new TreeMap<>();
        Map<String, String[]> pairNames = new LinkedHashMap<>();
        for (Disagreement d : all) {
            String by = directory.agencyName(d.getRaiserAgencyId());
            String with = directory.agencyName(d.getOtherAgencyId());
            String key = by + "\u0000" + with;
            pairCounts.computeIfAbsent(key, k -> new long[1])[0]++;
            pairNames.putIfAbsent(key, new String[] {by, with});
        }
        List<PairRow> pairs = pairCounts.entrySet().stream()
                .map(e -> new PairRow(pairNames.get(e.getKey())[0], pairNames.get(e.getKey())[1], e.getValue()[0]))
                .sorted(Comparator.comparingLong(PairRow::count).reversed()).toList();

        List<Disagreement> resolved = all.stream().filter(d -> d.getStatus() == Disagreement.Status.RESOLVED).toList();
        Map<Integer, Long> atStage = new TreeMap<>();
        for (Disagreement d : resolved) {
            atStage.merge(d.getCurrentStage(), 1L, Long::sum);
        }
        List<Count> resolvedAtStage = atStage.entrySet().stream()
                .map(e -> new Count(String.valueOf(e.getKey()), "report.stageNumber", e.getValue())).toList();
        long inTime = resolved.stream().filter(d -> d.getSteps().stream().allMatch(s -> s.withinLimit(today))).count();
        List<Integer> days = resolved.stream().map(d -> Math.max(0, disagreements.workingDaysBetween(d.getRaisedOn(), d.getClosedOn())))
                .sorted().toList();
        Double average = days.isEmpty() ? null : days.stream().mapToInt(Integer::intValue).average().orElse(0);
        Double median = days.isEmpty() ? null : days.size() % 2 == 1 ? days.get(days.size() / 2)
                : (days.get(days.size() / 2 - 1) + days.get(days.size() / 2)) / 2.0;

        List<Overdue> overdue = all.stream().filter(d -> d.open() && d.getCurrentDue().isBefore(today))
                .map(d -> new Overdue(d.getId(), d.reference(), d.getCurrentStage(), d.getCurrentDue(),
                        -disagreements.workingDaysBetween(today, d.getCurrentDue())))
                .toList();
        return new Report(all.size(), all.stream().filter(Disagreement::open).count(), resolved.size(),
                all.stream().filter(d -> d.getStatus() == Disagreement.Status.WITHDRAWN).count(), themes, maxTheme, agencies, pairs,
                resolvedAtStage, inTime, resolved.size() - inTime, average, median, overdue);
    }
}
