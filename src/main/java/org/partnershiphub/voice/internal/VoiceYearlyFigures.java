package org.partnershiphub.voice.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.partnershiphub.shared.YearlyFigures;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The yearly report's voice section: what was heard in the period, from whom and where, how much of it the partnership
 * answered, and the "you said, we did" pairs published in the period, in their plain words.
 */
@Component
class VoiceYearlyFigures implements YearlyFigures {

    private static final Map<VoiceItem.HeardFrom, String> WHO = new EnumMap<>(Map.of(
            VoiceItem.HeardFrom.CHILDREN_AND_YOUNG_PEOPLE, "Children and young people",
            VoiceItem.HeardFrom.PARENTS_AND_CARERS, "Parents and carers",
            VoiceItem.HeardFrom.PRACTITIONERS, "Practitioners"));

    private final JdbcTemplate jdbc;

    VoiceYearlyFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Section section() {
        return Section.VOICE;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Table> figures(LocalDate from, LocalDate to) {
        Map<VoiceItem.HeardFrom, long[]> counts = new EnumMap<>(VoiceItem.HeardFrom.class);
        jdbc.query("select heard_from, count(*), sum(case when response is not null then 1 else 0 end), "
                + "sum(case when published then 1 else 0 end) from voice_item where heard_on between ? and ? group by heard_from",
                rs -> {
                    counts.put(VoiceItem.HeardFrom.valueOf(rs.getString(1)), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                }, from, to);
        List<List<String>> rows = new ArrayList<>();
        long heard = 0;
        long answered = 0;
        for (VoiceItem.HeardFrom who : VoiceItem.HeardFrom.values()) {
            long[] c = counts.getOrDefault(who, new long[3]);
            rows.add(List.of(WHO.get(who), String.valueOf(c[0]), String.valueOf(c[1]), String.valueOf(c[0] - c[1]), String.valueOf(c[2])));
            heard += c[0];
            answered += c[1];
        }
        List<String> notes = new ArrayList<>();
        if (heard == 0) {
            notes.add("Nothing children, families or practitioners said was recorded in the period.");
        } else if (heard > answered) {
            notes.add((heard - answered) + " of " + heard + " things heard in the period have no recorded response yet.");
        }
        Table heardTable = new Table("What we heard and what we did about it",
                List.of("Heard from", "Things heard", "With a response", "No response yet", "Published as you said, we did"), rows, notes,
                List.of(2, 3));

        List<List<String>> sources = jdbc.query("select source, count(*) from voice_item where heard_on between ? and ? group by source order by count(*) desc, source",
                (rs, n) -> List.of(sourceName(rs.getString(1)), String.valueOf(rs.getLong(2))), from, to);
        Table sourceTable = Table.of("Where we heard it", List.of("Source", "Things heard"), sources, List.of());

        List<List<String>> pairs = jdbc.query("select coalesce(theme, ''), public_said, public_did from voice_item where published "
                + "and published_on between ? and ? order by theme, published_on, id",
                (rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)), from, to);
        Table pairTable = Table.of("You said, we did", List.of("Theme", "You said", "We did"), pairs,
                pairs.isEmpty() ? List.of("No \"you said, we did\" pair was published in the period.") : List.of());
        return List.of(heardTable, sourceTable, pairTable);
    }

    private static String sourceName(String source) {
        return switch (VoiceItem.Source.valueOf(source)) {
            case SURVEY -> "Survey";
            case EVENT -> "Event";
            case ADVISORY_GROUP -> "Advisory group";
            case REVIEW -> "Practice review";
            case AUDIT -> "Audit";
            case OTHER -> "Other";
        };
    }
}
