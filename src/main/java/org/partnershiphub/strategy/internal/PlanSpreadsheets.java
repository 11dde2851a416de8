package org.partnershiphub.strategy.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.partnershiphub.identity.Directory;
import org.partnershiphub.identity.OrganisationType;
import org.partnershiphub.shared.web.CsvCells;
import org.partnershiphub.shared.web.SpreadsheetTables;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The business plan as a spreadsheet: the import template, reading an uploaded XLSX or CSV into rows with every
 * problem found (nothing is saved here), and the plan's export. Import and export share one set of columns, so an
 * exported plan can be imported into next year's.
 */
@Service
public class PlanSpreadsheets {

    /**
     * The action columns, then the outcome the action sits under and the priority's own details: a plan's priorities,
     * outcomes and actions go in from one sheet, the priority's details on any of its rows (the first given is used).
     */
    public static final List<String> COLUMNS = List.of("Priority code", "Action", "Lead person email", "Lead agency",
            "Lead role or group", "Delivery mechanism", "Timescale", "Success measure", "Outcome", "Priority title",
            "Priority statement", "The partnership will", "Partnership lead", "Board officer", "Key delivery mechanism");
    static final int PRIORITY = 0, ACTION = 1, LEAD_EMAIL = 2, LEAD_AGENCY = 3, LEAD_ROLE = 4, MECHANISM = 5, TIMESCALE = 6, MEASURE = 7,
            OUTCOME = 8, PRIORITY_TITLE = 9, PRIORITY_STATEMENT = 10, PRIORITY_COMMITMENT = 11, PARTNERSHIP_LEAD = 12,
            BOARD_OFFICER = 13, KEY_MECHANISM = 14;
    /** The priority's own columns and the longest each may be (as the priority form allows). */
    private static final int[][] PRIORITY_LIMITS = {{PRIORITY, 20}, {PRIORITY_TITLE, 300}, {PRIORITY_STATEMENT, 8000},
            {PRIORITY_COMMITMENT, 4000}, {PARTNERSHIP_LEAD, 200}, {BOARD_OFFICER, 200}, {KEY_MECHANISM, 4000}};
    private static final int[] PRIORITY_DETAILS = {PRIORITY_TITLE, PRIORITY_STATEMENT, PRIORITY_COMMITMENT, PARTNERSHIP_LEAD,
            BOARD_OFFICER, KEY_MECHANISM};
    private static final int[] ACTION_DETAILS = {LEAD_EMAIL, LEAD_AGENCY, LEAD_ROLE, MECHANISM, TIMESCALE, MEASURE};
    public static final int MAX_ROWS = 5000;

    private final Directory directory;
    private final BusinessPlans plans;
    private final JdbcTemplate jdbc;
    private final MessageSource messages;

    PlanSpreadsheets(Directory directory, BusinessPlans plans, JdbcTemplate jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.directory = directory;
        this.plans = plans;
    }

    /** A problem with one cell (or a whole row when column is null), numbered as the spreadsheet numbers its rows. */
    public record Problem(int row, String column, String messageKey, Object[] arguments) {
    }

    /**
     * A row ready to become an action; {@code priorityCode} may name a priority this import adds (then the details'
     * priority is set when it is saved), {@code outcome} the outcome (blank: directly under the priority);
     * {@code leadLinked} the agency a lead written as words was taken to be, shown in the preview.
     */
    public record ImportRow(int row, String priorityCode, String outcome, BusinessPlans.ActionDetails details, String leadLinked) {
    }

    /** A priority the spreadsheet adds to the plan, from the first row giving each of its details. */
    public record NewPriority(int row, BusinessPlans.PriorityDetails details) {
    }

    /** An outcome the spreadsheet adds under a priority (one of the plan's or one it adds). */
    public record NewOutcome(int row, String priorityCode, String title) {
    }

    /** A heading in the upload that the importer does not know, and where it is (from 0). */
    public record Unknown(int position, String heading) {
    }

    /**
     * {@code ignored}: the headings of columns the importer does not know, listed for the user (nothing in them is read);
     * {@code actionTexts}: each row's action as typed, so a problem can be shown with it; {@code mapped}: the headings the
     * user matched to columns, described.
     */
    public record Reading(List<ImportRow> rows, List<Problem> problems, List<String> ignored, List<String> header,
                          Map<Integer, List<String>> rejected, List<NewPriority> newPriorities, List<NewOutcome> newOutcomes,
                          List<Unknown> unknown, Map<Integer, String> actionTexts, List<String> mapped) {

        public Reading(List<ImportRow> rows, List<Problem> problems) {
            this(rows, problems, List.of(), List.of(), Map.of(), List.of(), List.of(), List.of(), Map.of(), List.of());
        }

        /** Some rows can go in although others have problems: the user may import them and fix the rest. */
        public boolean partlyReady() {
            return !nothingToSave() && !problems.isEmpty();
        }

        public boolean ready() {
            return problems.isEmpty() && !nothingToSave();
        }

        public boolean nothingToSave() {
            return rows.isEmpty() && newPriorities.isEmpty() && newOutcomes.isEmpty();
        }

        /** The action typed on a row, or "" when it has none. */
        public String actionOn(int row) {
            return actionTexts.getOrDefault(row, "");
        }
    }

    // ---- reading

    /** Reads the upload (already checked to be a real XLSX or UTF-8 CSV) against the plan's priorities and the directory. */
    public Reading read(long planId, byte[] content, boolean xlsx) {
        return read(planId, content, xlsx, Map.of());
    }

    /**
     * As above, with headings the user matched to the product's columns on the preview page: upload position to column
     * index (see {@link #COLUMNS}); a negative index leaves the column out.
     */
    public Reading read(long planId, byte[] content, boolean xlsx, Map<Integer, Integer> mapping) {
        List<List<String>> table = xlsx ? SpreadsheetTables.xlsx(content, MAX_ROWS + 1) : SpreadsheetTables.csv(content);
        List<Problem> problems = new ArrayList<>();
        if (table.isEmpty()) {
            problems.add(new Problem(1, null, "import.problem.empty", new Object[0]));
            return new Reading(List.of(), problems);
        }
        List<String> header = table.get(0);
        int[] index = headerIndex(header, mapping, problems);
        List<Unknown> unknown = unknownColumns(header, index);
        List<String> ignored = unknown.stream().map(Unknown::heading).toList();
        List<String> mapped = new ArrayList<>();
        mapping.forEach((position, column) -> {
            if (column >= 0 && column < COLUMNS.size() && position < header.size() && index[column] == position) {
                mapped.add(clean(header.get(position)) + " \u2192 " + COLUMNS.get(column));
            }
        });
        if (!problems.isEmpty()) {
            return new Reading(List.of(), problems, ignored, header, Map.of(), List.of(), List.of(), unknown, Map.of(), mapped);
        }
        if (table.size() - 1 > MAX_ROWS) {
            problems.add(new Problem(1, null, "import.problem.tooManyRows", new Object[] {MAX_ROWS}));
            return new Reading(List.of(), problems);
        }
        Map<String, Long> priorities = new HashMap<>();
        plans.priorities(planId).forEach(p -> priorities.put(p.getCode().toLowerCase(Locale.UK), p.getId()));
        Map<Long, Set<String>> outcomesHad = new HashMap<>();
        plans.outcomes(planId).forEach(o -> outcomesHad.computeIfAbsent(o.getPriorityId(), k -> new HashSet<>())
                .add(o.getTitle().toLowerCase(Locale.UK)));
        Map<String, Long> agencies = new HashMap<>();
        directory.agencies().forEach(a -> agencies.put(a.name().trim().toLowerCase(Locale.UK), a.id()));
        Map<String, Directory.Agency> agencyWords = agencyWords(directory.agencies());
        Map<String, Long> leads = new HashMap<>();
        plans.possibleLeads().forEach(c -> leads.put(c.email().toLowerCase(Locale.UK), c.id()));

        List<String[]> values = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> cells = table.get(r);
            String[] v = new String[COLUMNS.size()];
            for (int c = 0; c < v.length; c++) {
                v[c] = index[c] < 0 || index[c] >= cells.size() ? "" : clean(cells.get(index[c]));
            }
            values.add(v);
        }
        // the priorities the sheet adds: each detail from the first row of that code giving it
        Map<String, String[]> added = new LinkedHashMap<>();
        Map<String, Integer> addedOnRow = new HashMap<>();
        for (int r = 0; r < values.size(); r++) {
            String[] v = values.get(r);
            String code = v[PRIORITY].toLowerCase(Locale.UK);
            if (code.isEmpty() || priorities.containsKey(code)) {
                continue;
            }
            String[] details = added.computeIfAbsent(code, k -> new String[COLUMNS.size()]);
            addedOnRow.putIfAbsent(code, r + 2);
            for (int[] limit : PRIORITY_LIMITS) {
                if (details[limit[0]] == null && !v[limit[0]].isEmpty()) {
                    details[limit[0]] = v[limit[0]];
                }
            }
        }

        List<ImportRow> rows = new ArrayList<>();
        List<NewOutcome> newOutcomes = new ArrayList<>();
        Set<String> outcomesSeen = new HashSet<>();
        Map<Integer, List<String>> rejected = new LinkedHashMap<>();
        Map<Integer, String> actionTexts = new HashMap<>();
        for (int r = 0; r < values.size(); r++) {
            String[] v = values.get(r);
            if (Arrays.stream(v).allMatch(String::isEmpty)) {
                continue;
            }
            int rowNumber = r + 2;
            actionTexts.put(rowNumber, v[ACTION]);
            int before = problems.size();
            String code = v[PRIORITY].toLowerCase(Locale.UK);
            Long priorityId = null;
            if (!code.isEmpty()) {
                priorityId = priorities.get(code);
                if (priorityId == null && added.get(code)[PRIORITY_TITLE] == null) {
                    problems.add(new Problem(rowNumber, COLUMNS.get(PRIORITY), "import.problem.priority", new Object[] {v[PRIORITY]}));
                }
            }
            for (int[] limit : PRIORITY_LIMITS) {
                if (v[limit[0]].length() > limit[1]) {
                    problems.add(new Problem(rowNumber, COLUMNS.get(limit[0]), "import.problem.tooLong", new Object[] {limit[1]}));
                }
            }
            if (!v[OUTCOME].isEmpty()) {
                if (code.isEmpty()) {
                    problems.add(new Problem(rowNumber, COLUMNS.get(OUTCOME), "import.problem.outcomePriority", new Object[0]));
                } else if (v[OUTCOME].length() > PlanOutcome.MAX_TITLE) {
                    problems.add(new Problem(rowNumber, COLUMNS.get(OUTCOME), "import.problem.tooLong", new Object[] {PlanOutcome.MAX_TITLE}));
                }
            }
            // a row naming a priority or an outcome with no action is a heading row, as plans have them: nothing to refuse
            boolean headingRow = v[ACTION].isEmpty() && !code.isEmpty()
                    && (!v[OUTCOME].isEmpty() || IntStream.of(PRIORITY_DETAILS).anyMatch(c -> !v[c].isEmpty()))
                    && IntStream.of(ACTION_DETAILS).allMatch(c -> v[c].isEmpty());
            if (v[ACTION].isEmpty() && !headingRow) {
                problems.add(new Problem(rowNumber, COLUMNS.get(ACTION), "import.problem.action", new Object[0]));
            } else if (v[ACTION].length() > 4000) {
                problems.add(new Problem(rowNumber, COLUMNS.get(ACTION), "import.problem.tooLong", new Object[] {4000}));
            }
            Long personId = null;
            Long agencyId = null;
            String leadRole = v[LEAD_ROLE];
            String leadLinked = null;
            // no lead at all is allowed: the action is flagged "No lead" until one is named
            if (!v[LEAD_EMAIL].isEmpty()) {
                personId = leads.get(v[LEAD_EMAIL].toLowerCase(Locale.UK));
                if (personId == null) {
                    problems.add(new Problem(rowNumber, COLUMNS.get(LEAD_EMAIL), "import.problem.leadPerson", new Object[] {v[LEAD_EMAIL]}));
                }
            }
            if (!v[LEAD_AGENCY].isEmpty()) {
                agencyId = agencies.get(v[LEAD_AGENCY].toLowerCase(Locale.UK));
                if (agencyId == null) {
                    problems.add(new Problem(rowNumber, COLUMNS.get(LEAD_AGENCY), "import.problem.leadAgency", new Object[] {v[LEAD_AGENCY]}));
                }
            } else if (!leadRole.isEmpty()) {
                // a lead written as an agency ("Police", "Northshire Council"): that agency's safeguarding lead can update it
                Directory.Agency agency = agencyWords.get(normalised(leadRole));
                if (agency != null) {
                    agencyId = agency.id();
                    leadLinked = agency.name();
                    leadRole = "";
                }
            }
            if (leadRole.length() > 200) {
                problems.add(new Problem(rowNumber, COLUMNS.get(LEAD_ROLE), "import.problem.tooLong", new Object[] {200}));
            }
            for (int c : new int[] {MECHANISM, MEASURE}) {
                if (v[c].length() > 4000) {
                    problems.add(new Problem(rowNumber, COLUMNS.get(c), "import.problem.tooLong", new Object[] {4000}));
                }
            }
            // kept as the plan wrote it ("June 2018 to", "2018-19"); blank is allowed and flagged; only an impossible date is refused
            Optional<Timescale> timescale = Timescale.asWritten(v[TIMESCALE]);
            if (v[TIMESCALE].length() > Timescale.MAX_WRITTEN) {
                problems.add(new Problem(rowNumber, COLUMNS.get(TIMESCALE), "import.problem.tooLong", new Object[] {Timescale.MAX_WRITTEN}));
            } else if (!v[TIMESCALE].isEmpty() && timescale.isEmpty()) {
                problems.add(new Problem(rowNumber, COLUMNS.get(TIMESCALE), "import.problem.timescale", new Object[] {v[TIMESCALE]}));
            }
            if (problems.size() != before) {
                rejected.put(rowNumber, table.get(r + 1));
                continue;
            }
            if (!v[OUTCOME].isEmpty()) {
                boolean had = priorityId != null && outcomesHad.getOrDefault(priorityId, Set.of()).contains(v[OUTCOME].toLowerCase(Locale.UK));
                if (!had && outcomesSeen.add(code + "\n" + v[OUTCOME].toLowerCase(Locale.UK))) {
                    newOutcomes.add(new NewOutcome(rowNumber, v[PRIORITY], v[OUTCOME]));
                }
            }
            if (!v[ACTION].isEmpty()) {
                rows.add(new ImportRow(rowNumber, v[PRIORITY], v[OUTCOME], new BusinessPlans.ActionDetails(priorityId, v[ACTION], personId,
                        agencyId, leadRole, v[MECHANISM], timescale.orElse(null), v[MEASURE], null, null), leadLinked));
            }
        }
        List<NewPriority> newPriorities = new ArrayList<>();
        added.forEach((code, d) -> {
            boolean fits = Arrays.stream(PRIORITY_LIMITS).allMatch(l -> d[l[0]] == null || d[l[0]].length() <= l[1]);
            if (d[PRIORITY_TITLE] != null && fits) {
                String asWritten = values.get(addedOnRow.get(code) - 2)[PRIORITY];
                newPriorities.add(new NewPriority(addedOnRow.get(code), new BusinessPlans.PriorityDetails(asWritten, d[PRIORITY_TITLE],
                        d[PRIORITY_STATEMENT], d[PRIORITY_COMMITMENT], d[PARTNERSHIP_LEAD], d[BOARD_OFFICER], d[KEY_MECHANISM])));
            }
        });
        if (rows.isEmpty() && newPriorities.isEmpty() && newOutcomes.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(2, null, "import.problem.noRows", new Object[0]));
        }
        return new Reading(rows, problems, ignored, header, rejected, newPriorities, newOutcomes, unknown, actionTexts, mapped);
    }

    /**
     * The words a plan may use for an agency as an action's lead: its name, and the kind of agency ("Police", "LA",
     * "Probation") where the partnership has only one of that kind.
     */
    static Map<String, Directory.Agency> agencyWords(List<Directory.Agency> agencies) {
        Map<String, Directory.Agency> words = new HashMap<>();
        Map<OrganisationType, List<Directory.Agency>> byType = new EnumMap<>(OrganisationType.class);
        agencies.forEach(a -> byType.computeIfAbsent(a.type(), k -> new ArrayList<>()).add(a));
        Map<OrganisationType, List<String>> kindWords = Map.of(
                OrganisationType.POLICE, List.of("police", "the police", "police force"),
                OrganisationType.LOCAL_AUTHORITY, List.of("la", "local authority", "the local authority", "council"),
                OrganisationType.PROBATION, List.of("probation", "probation service"));
        kindWords.forEach((type, said) -> {
            List<Directory.Agency> ofType = byType.getOrDefault(type, List.of());
            if (ofType.size() == 1) {
                said.forEach(w -> words.put(w, ofType.get(0)));
            }
        });
        agencies.forEach(a -> words.put(normalised(a.name()), a));
        return words;
    }

    /**
     * Headings plans use for our columns ("Action lead", "action_lead", "By when", "Success measures"), compared with
     * case, spaces, underscores and punctuation ignored. A lead given only as words goes to "Lead role or group".
     */
    static final Map<String, Integer> ALIASES = Map.ofEntries(
            Map.entry("priority", PRIORITY), Map.entry("priority ref", PRIORITY), Map.entry("priority reference", PRIORITY),
            Map.entry("actions", ACTION), Map.entry("action required", ACTION), Map.entry("what we will do", ACTION),
            Map.entry("lead", LEAD_ROLE), Map.entry("action lead", LEAD_ROLE), Map.entry("lead officer", LEAD_ROLE),
            Map.entry("responsible", LEAD_ROLE), Map.entry("who", LEAD_ROLE), Map.entry("lead role", LEAD_ROLE),
            Map.entry("lead email", LEAD_EMAIL), Map.entry("lead agency or organisation", LEAD_AGENCY), Map.entry("agency", LEAD_AGENCY),
            Map.entry("timescales", TIMESCALE), Map.entry("by when", TIMESCALE), Map.entry("target date", TIMESCALE),
            Map.entry("deadline", TIMESCALE), Map.entry("when", TIMESCALE), Map.entry("due", TIMESCALE),
            Map.entry("success measures", MEASURE), Map.entry("measure of success", MEASURE), Map.entry("measures of success", MEASURE),
            Map.entry("how will we know", MEASURE), Map.entry("outcome measure", MEASURE), Map.entry("success criteria", MEASURE),
            Map.entry("delivery mechanisms", MECHANISM), Map.entry("how", MECHANISM), Map.entry("delivered through", MECHANISM),
            Map.entry("outcomes", OUTCOME), Map.entry("outcome group", OUTCOME), Map.entry("objective", OUTCOME),
            Map.entry("objectives", OUTCOME), Map.entry("priority name", PRIORITY_TITLE), Map.entry("priority statement", PRIORITY_STATEMENT),
            Map.entry("statement", PRIORITY_STATEMENT), Map.entry("commitment", PRIORITY_COMMITMENT),
            Map.entry("the board will", PRIORITY_COMMITMENT), Map.entry("priority lead", PARTNERSHIP_LEAD),
            Map.entry("board lead", PARTNERSHIP_LEAD), Map.entry("key delivery mechanisms", KEY_MECHANISM));

    static String normalised(String heading) {
        return clean(heading).toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", " ").strip();
    }

    private static List<Unknown> unknownColumns(List<String> header, int[] index) {
        List<Unknown> unknown = new ArrayList<>();
        for (int h = 0; h < header.size(); h++) {
            final int column = h;
            if (!clean(header.get(h)).isEmpty() && Arrays.stream(index).noneMatch(i -> i == column)) {
                unknown.add(new Unknown(h, clean(header.get(h))));
            }
        }
        return unknown;
    }

    private static int[] headerIndex(List<String> header, Map<Integer, Integer> mapping, List<Problem> problems) {
        int[] index = new int[COLUMNS.size()];
        for (int c = 0; c < COLUMNS.size(); c++) {
            index[c] = -1;
            for (int h = 0; h < header.size(); h++) {
                if (normalised(header.get(h)).equals(normalised(COLUMNS.get(c)))) {
                    index[c] = h;
                }
            }
        }
        for (int h = 0; h < header.size(); h++) { // then the headings plans use, for columns not named exactly
            Integer c = ALIASES.get(normalised(header.get(h)));
            if (c != null && index[c] < 0) {
                index[c] = h;
            }
        }
        // last, what the user chose on the preview page: it wins over a heading's own name
        mapping.forEach((position, column) -> {
            if (position >= 0 && position < header.size() && column >= 0 && column < COLUMNS.size()) {
                for (int c = 0; c < index.length; c++) {
                    if (index[c] == position) {
                        index[c] = -1;
                    }
                }
                index[column] = position;
            }
        });
        for (int c : new int[] {ACTION}) {
            if (index[c] < 0) {
                problems.add(new Problem(1, COLUMNS.get(c), "import.problem.column", new Object[] {COLUMNS.get(c)}));
            }
        }
        return index;
    }

    /** Trims, and undoes the apostrophe our CSV export puts before text a spreadsheet could take for a formula. */
    private static String clean(String value) {
        String text = value == null ? "" : value.strip();
        if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@".indexOf(text.charAt(1)) >= 0) {
            text = text.substring(1);
        }
        return text;
    }

    // ---- writing

    public byte[] templateXlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Actions");
            header(workbook, sheet, COLUMNS);
            String[][] examples = {
                    {"P1", "Complete a multi-agency file audit on domestic abuse cases affecting children", "", "", "Audit subgroup chair",
                            "Audit subgroup", "Sept 2025", "Audit report and action plan presented to the Executive"},
                    {"", "Publish the multi-agency safeguarding arrangements", "", "", "Business unit manager", "", "31/12/2024",
                            "Arrangements published on the website"}};
            for (int r = 0; r < examples.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < examples[r].length; c++) {
                    row.createCell(c).setCellValue(examples[r][c]);
                }
            }
            widths(sheet, COLUMNS.size());
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rows that could not be imported, as they were in the upload (every column, the user's own headings), with a
     * last column saying what is wrong: fixed and uploaded again, they go in like any other.
     */
    public byte[] rejectedXlsx(Reading reading, java.util.function.Function<Problem, String> describe) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Rows to fix");
            List<String> heading = new ArrayList<>(reading.header());
            heading.add("Problems");
            header(workbook, sheet, heading);
            int r = 1;
            for (Map.Entry<Integer, List<String>> entry : reading.rejected().entrySet()) {
                Row row = sheet.createRow(r++);
                List<String> cells = entry.getValue();
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c)); // a string cell: never a formula
                }
                StringBuilder what = new StringBuilder();
                for (Problem problem : reading.problems()) {
                    if (problem.row() == entry.getKey()) {
                        what.append(what.isEmpty() ? "" : "; ").append(problem.column() == null ? "" : problem.column() + ": ")
                                .append(describe.apply(problem));
                    }
                }
                row.createCell(reading.header().size()).setCellValue(what.toString());
            }
            widths(sheet, heading.size());
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String templateCsv() {
        return CsvCells.row(COLUMNS.toArray());
    }

    /**
     * The plan's actions with the import columns, then the status in words ("Amber: at risk"), the last update's date and
     * its commentary; a second sheet lists the priorities.
     */
    public byte[] exportXlsx(BusinessPlans.PlanDocument doc) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet actions = workbook.createSheet("Actions");
            List<String> columns = new ArrayList<>(COLUMNS);
            columns.addAll(List.of("Status", "Last update", "Latest commentary", "Overdue"));
            Map<Long, String> commentary = new HashMap<>();
            jdbc.query("select u.action_id, u.commentary from plan_update u join plan_action a on a.id = u.action_id where a.plan_id = ? "
                    + "order by u.action_id, u.posted_at, u.id", rs -> {
                        commentary.put(rs.getLong(1), rs.getString(2)); // the latest one wins
                    }, doc.plan().getId());
            header(workbook, actions, columns);
            Map<Long, PlanPriority> byId = new HashMap<>();
            Map<Long, String> outcomeOf = new HashMap<>();
            for (BusinessPlans.PriorityView view : doc.priorities()) {
                byId.put(view.priority().getId(), view.priority());
                view.groups().stream().filter(g -> g.outcome() != null)
                        .forEach(g -> g.actions().forEach(a -> outcomeOf.put(a.getId(), g.outcome().getTitle())));
            }
            Map<Long, String> emails = new HashMap<>();
            plans.possibleLeads().forEach(c -> emails.put(c.id(), c.email()));
            int r = 1;
            List<PlanAction> all = new ArrayList<>();
            doc.priorities().forEach(p -> all.addAll(p.actions()));
            all.addAll(doc.plannedWork());
            for (PlanAction a : all) {
                Row row = actions.createRow(r++);
                PlanPriority p = a.getPriorityId() == null ? null : byId.get(a.getPriorityId());
                String[] values = {p == null ? "" : p.getCode(), a.getTitle(),
                        a.getLeadPersonId() == null ? "" : emails.getOrDefault(a.getLeadPersonId(), ""),
                        a.getLeadAgencyId() == null ? "" : directory.agencyName(a.getLeadAgencyId()),
                        nz(a.getLeadDescription()), nz(a.getDeliveryMechanism()), nz(a.getTimescaleText()), nz(a.getSuccessMeasure()),
                        outcomeOf.getOrDefault(a.getId(), ""), p == null ? "" : p.getTitle(), p == null ? "" : nz(p.getStatement()),
                        p == null ? "" : nz(p.getCommitment()), p == null ? "" : nz(p.getPartnershipLead()),
                        p == null ? "" : nz(p.getBoardOfficer()), p == null ? "" : nz(p.getDeliveryMechanism()),
                        messages.getMessage("plan.status." + a.getStatus().name(), null, a.getStatus().name(), Locale.UK),
                        a.getLastUpdateAt() == null ? "" : a.getLastUpdateAt().toString().substring(0, 10),
                        commentary.getOrDefault(a.getId(), ""), a.isOverdue(plans.today()) ? "Yes" : "No"};
                for (int c = 0; c < values.length; c++) {
                    row.createCell(c).setCellValue(values[c] == null ? "" : values[c]);
                }
            }
            widths(actions, columns.size());
            Sheet priorities = workbook.createSheet("Priorities");
            List<String> priorityColumns = List.of("Code", "Priority", "Priority statement", "The partnership will", "Partnership lead",
                    "Board officer", "Key delivery mechanism", "Outcomes");
            header(workbook, priorities, priorityColumns);
            r = 1;
            for (BusinessPlans.PriorityView view : doc.priorities()) {
                PlanPriority p = view.priority();
                Row row = priorities.createRow(r++);
                String[] values = {p.getCode(), p.getTitle(), nz(p.getStatement()), nz(p.getCommitment()), nz(p.getPartnershipLead()),
                        nz(p.getBoardOfficer()), nz(p.getDeliveryMechanism()), String.join("\n", view.groups().stream()
                                .filter(g -> g.outcome() != null).map(g -> g.outcome().getTitle()).toList())};
                for (int c = 0; c < values.length; c++) {
                    row.createCell(c).setCellValue(values[c]);
                }
            }
            widths(priorities, priorityColumns.size());
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void header(Workbook workbook, Sheet sheet, List<String> columns) {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c));
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void widths(Sheet sheet, int columns) {
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, c == ACTION ? 60 * 256 : 24 * 256);
        }
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
