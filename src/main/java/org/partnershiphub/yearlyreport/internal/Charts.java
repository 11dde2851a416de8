package org.partnershiphub.yearlyreport.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.partnershiphub.shared.YearlyFigures;

/**
 * Stacked bars for the tables whose contribution names bar columns: one bar per row, one segment per named column, drawn
 * to the same scale within the table. The chart is for the eye; the table it sits above holds the same figures.
 */
public final class Charts {

    /** GOV.UK colours with enough contrast against white and against each other. */
    static final List<String> COLOURS = List.of("#1d70b8", "#f47738", "#00703c", "#d4351c", "#4c2c92", "#28a197", "#912b88", "#505a5f");
    static final String RED = "#d4351c";
    static final String AMBER = "#f47738";
    static final String GREEN = "#00703c";
    /** A column named for a RAG rating ("Red", "Standards rated amber", "Green: on target") is drawn in that colour. */
    private static final Pattern RAG = Pattern.compile("\\b(red|amber|green)\\b", Pattern.CASE_INSENSITIVE);
    static final int LABEL_WIDTH = 210;
    static final int BAR_WIDTH = 340;
    static final int ROW_HEIGHT = 26;
    static final int MAX_LABEL = 30;

    public record Segment(int x, int width, String colour) {
    }

    public record Bar(int y, String label, List<Segment> segments) {
    }

    public record Key(String label, String colour) {
    }

    /** The bars and key of one chart, and the height of its drawing. */
    public record Chart(List<Bar> bars, List<Key> keys, int height) {
    }

    /** A table as the report shows it: the table and, when it has bar columns with something to draw, its chart. */
    public record Figure(YearlyFigures.Table table, Chart chart) {
    }

    private Charts() {
    }

    public static Figure figure(YearlyFigures.Table table) {
        return new Figure(table, chart(table));
    }

    static Chart chart(YearlyFigures.Table table) {
        if (table.barColumns().isEmpty() || table.rows().isEmpty()) {
            return null;
        }
        List<long[]> values = new ArrayList<>();
        long largest = 0;
        for (List<String> row : table.rows()) {
            long[] counts = new long[table.barColumns().size()];
            long total = 0;
            for (int i = 0; i < counts.length; i++) {
                int column = table.barColumns().get(i);
                counts[i] = column < row.size() ? leadingNumber(row.get(column)) : 0;
                total += counts[i];
            }
            values.add(counts);
            largest = Math.max(largest, total);
        }
        if (largest == 0) {
            return null;
        }
        List<String> colours = colours(table.barColumns().stream().map(c -> table.headers().get(c)).toList());
        List<Bar> bars = new ArrayList<>();
        for (int r = 0; r < values.size(); r++) {
            long[] counts = values.get(r);
            List<Segment> segments = new ArrayList<>();
            long start = 0;
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > 0) {
                    int x = LABEL_WIDTH + (int) (start * BAR_WIDTH / largest);
                    int end = LABEL_WIDTH + (int) ((start + counts[i]) * BAR_WIDTH / largest);
                    segments.add(new Segment(x, Math.max(1, end - x), colours.get(i)));
                }
                start += counts[i];
            }
            bars.add(new Bar(r * ROW_HEIGHT + 4, shorten(table.rows().get(r).get(0)), segments));
        }
        List<Key> keys = new ArrayList<>();
        for (int i = 0; i < table.barColumns().size(); i++) {
            keys.add(new Key(table.headers().get(table.barColumns().get(i)), colours.get(i)));
        }
        return new Chart(bars, keys, values.size() * ROW_HEIGHT + 8);
    }

    /**
     * A colour for each bar column: a column named for a RAG rating in its own colour, the others in turn from the rest of
     * the palette (leaving out red, amber and green when the chart has a RAG column, so no other column looks like a rating).
     */
    static List<String> colours(List<String> columnNames) {
        List<String> rag = columnNames.stream().map(Charts::ragColour).toList();
        boolean rated = rag.stream().anyMatch(java.util.Objects::nonNull);
        List<String> others = rated ? COLOURS.stream().filter(c -> !List.of(RED, AMBER, GREEN).contains(c)).toList() : COLOURS;
        List<String> colours = new ArrayList<>();
        int next = 0;
        for (String colour : rag) {
            colours.add(colour != null ? colour : others.get(next++ % others.size()));
        }
        return colours;
    }

    private static String ragColour(String columnName) {
        Matcher rating = RAG.matcher(columnName == null ? "" : columnName);
        if (!rating.find()) {
            return null;
        }
        return switch (rating.group(1).toLowerCase(java.util.Locale.ROOT)) {
            case "red" -> RED;
            case "amber" -> AMBER;
            default -> GREEN;
        };
    }

    /** The whole number a cell starts with ("12", "1,204", "7 (30%)"), or 0 for a cell with none. */
    static long leadingNumber(String cell) {
        if (cell == null) {
            return 0;
        }
        long value = 0;
        boolean found = false;
        for (char c : cell.strip().toCharArray()) {
            if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
                found = true;
                if (value > 1_000_000_000L) {
                    return value;
                }
            } else if (c == ',' && found) {
                continue;
            } else {
                break;
            }
        }
        return value;
    }

    private static String shorten(String label) {
        String text = label == null ? "" : label.strip();
        return text.length() <= MAX_LABEL ? text : text.substring(0, MAX_LABEL - 1) + "…";
    }
}
