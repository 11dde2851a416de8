package org.partnershiphub.scorecard.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.partnershiphub.scorecard.internal.Benchmark;
import org.partnershiphub.scorecard.internal.Indicator;
import org.partnershiphub.scorecard.internal.Polarity;
import org.partnershiphub.scorecard.internal.Rag;
import org.partnershiphub.scorecard.internal.Scorecard;
import org.partnershiphub.scorecard.internal.Travel;
import org.partnershiphub.scorecard.internal.Unit;
import org.springframework.context.MessageSource;

/**
 * The scorecard's rows as the page prints them, every word looked up once per page: a scorecard of 150 indicators is
 * then a loop of plain values for the template, not thousands of expressions and fragment calls.
 */
final class ScorecardRows {

    record Tag(String text, String css) {
    }

    record Row(long id, String name, String owner, String commentary, String value, Tag due, boolean locked, String target, Tag rag,
               Tag sinceLastQuarter, Tag sinceLastYear, List<String> benchmarks) {
    }

    record Group(String name, String caption, List<Row> rows) {
    }

    private final MessageSource messages;
    private final Map<String, String> words = new HashMap<>();

    ScorecardRows(MessageSource messages) {
        this.messages = messages;
    }

    private String word(String key, Object... args) {
        if (args.length == 0) {
            return words.computeIfAbsent(key, k -> messages.getMessage(k, null, k, Locale.UK));
        }
        return messages.getMessage(key, args, key, Locale.UK);
    }

    static String ragCss(Rag rag) {
        return switch (rag) {
            case GREEN -> "govuk-tag--green";
            case AMBER -> "govuk-tag--orange";
            case RED -> "govuk-tag--red";
            case NONE -> "govuk-tag--grey";
        };
    }

    Tag rag(Rag rag) {
        return new Tag(word("scorecard.rag." + rag), ragCss(rag));
    }

    /** The words, and (as the tag's second part) an arrow for the eye, hidden from screen readers by the page. */
    Tag travel(Travel travel) {
        String arrow = travel.name().startsWith("UP") ? "\u25B2 " : travel.name().startsWith("DOWN") ? "\u25BC " : "";
        return new Tag(word("scorecard.travel." + travel), arrow);
    }

    String target(Indicator i) {
        return target(i.getUnit(), i.getPolarity(), i.getTarget(), i.getTargetUpper());
    }

    String target(Unit unit, Polarity polarity, BigDecimal target, BigDecimal upper) {
        if (target == null) {
            return word("scorecard.noTarget");
        }
        String low = ScorecardFormat.value(unit, target);
        return upper == null ? word("scorecard.targetText." + polarity, low)
                : word("scorecard.targetText.WITHIN_BAND", low, ScorecardFormat.value(unit, upper));
    }

    String noGroup() {
        return word("scorecard.noGroup");
    }

    List<Group> groups(Scorecard.View view) {
        List<Group> groups = new ArrayList<>();
        for (Scorecard.Group g : view.groups()) {
            String name = g.name().isEmpty() ? noGroup() : g.name();
            List<Row> rows = new ArrayList<>();
            for (Scorecard.Line l : g.lines()) {
                Indicator i = l.indicator();
                Tag due = switch (l.due()) {
                    case OVERDUE -> new Tag(word("scorecard.due.OVERDUE"), "govuk-tag--red");
                    case DUE -> new Tag(word("scorecard.due.DUE"), "govuk-tag--grey");
                    case ENTERED_LATE -> new Tag(word("scorecard.due.ENTERED_LATE"), "govuk-tag--yellow");
                    case ENTERED -> null;
                };
                List<String> benchmarks = new ArrayList<>();
                for (Benchmark b : l.benchmarks().values()) {
                    benchmarks.add(word("scorecard.benchmarkLine", word("scorecard.benchmark." + b.getKind()),
                            ScorecardFormat.value(i.getUnit(), b.getValue()), b.getPeriodLabel()));
                }
                rows.add(new Row(i.getId(), i.getCode() + " " + i.getTitle(), l.owner(), l.figure() == null ? null : l.figure().getCommentary(),
                        l.figure() == null ? null : ScorecardFormat.value(i.getUnit(), l.value()), due,
                        l.figure() != null && l.figure().isLocked(), target(i), rag(l.rag()), travel(l.sinceLastQuarter()),
                        travel(l.sinceLastYear()), benchmarks));
            }
            groups.add(new Group(name, word("scorecard.groupCaption", name, view.quarter().label()), rows));
        }
        return groups;
    }
}
