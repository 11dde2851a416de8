package org.partnershiphub.strategy.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.partnershiphub.identity.Directory;
import org.partnershiphub.shared.web.CsvCells;
import org.springframework.stereotype.Service;

/**
 * The business plan as a spreadsheet: the import template, reading an uploaded XLSX or CSV into rows with every
 * problem found (nothing is saved here), and the plan's export. Import and export share one set of columns, so an
 * exported plan can be imported into next year's.
 */
@Service
public class PlanSpreadsheets {

    public static final List<String> COLUMNS = List.of("Priority code", "Action", "Lead person email", "Lead agency",
            "Lead role or group", "Delivery mechanism", "Timescale", "Success measure");
    static final int PRIORITY = 0, ACTION = 1, LEAD_EMAIL = 2, LEAD_AGENCY = 3, LEAD_ROLE = 4, MECHANISM = 5, TIMESCALE = 6, MEASURE = 7;
    public static final int MAX_ROWS = 5000;

    private final Directory directory;
    private final BusinessPlans plans;

    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final org.springframework.context.MessageSource messages;

    PlanSpreadsheets(Directory directory, BusinessPlans plans, org.springframework.jdbc.core.JdbcTemplate jdbc,
                     org.springframework.context.MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.directory = directory;
        this.plans = plans;
    }

    /** A problem with one cell (or a whole row when column is null), numbered as the spreadsheet numbers its rows. */
    public record Problem(int row, String column, String messageKey, Object[] arguments) {
    }

    /** A row ready to become an action. */
    public record ImportRow(int row, String priorityCode, BusinessPlans.ActionDetails details) {
    }

    /** {@code ignored}: the headings of columns the importer does not know, listed for the user (nothing in them is read). */
    public record Reading(List<ImportRow> rows, List<Problem> problems, List<String> ignored, List<String> header,
                          Map<Integer, List<String>> rejected) {

        public Reading(List<ImportRow> rows, List<Problem> problems) {
            this(rows, problems, List.of(), List.of(), Map.of());
        }

        /** Some rows can go in although others have problems: the user may import them and fix the rest. */
        public boolean partlyReady() {
            return !rows.isEmpty() && !problems.isEmpty();
        }

        public boolean ready() {
            return problems.isEmpty() && !rows.isEmpty();
        }
    }

    // ---- reading

    /** Reads the upload (already checked to be a real XLSX or UTF-8 CSV) against the plan's priorities and the directory. */
    public Reading read(long planId, byte[] content, boolean xlsx) {
        List<List<String>> table = xlsx ? xlsxCells(content) : csvCells(content);
        List<Problem> problems = new ArrayList<>();
        if (table.isEmpty()) {
            problems.add(new Problem(1, null, "import.problem.empty", new Object[0]));
            return new Reading(List.of(), problems);
        }
        int[] index = headerIndex(table.get(0), problems);
        List<String> ignored = ignoredColumns(table.get(0), index);
        if (!problems.isEmpty()) {
            return new Reading(List.of(), problems);
        }
        if (table.size() - 1 > MAX_ROWS) {
            problems.add(new Problem(1, null, "import.problem.tooManyRows", new Object[] {MAX_ROWS}));
            return new Reading(List.of(), problems);
        }
        Map<String, Long> priorities = new HashMap<>();
        plans.priorities(planId).forEach(p -> priorities.put(p.getCode().toLowerCase(Locale.UK), p.getId()));
        Map<String, Long> agencies = new HashMap<>();
        directory.agencies().forEach(a -> agencies.put(a.name().trim().toLowerCase(Locale.UK), a.id()));
        Map<String, Long> leads = new HashMap<>();
        plans.possibleLeads().forEach(c -> leads.put(c.email().toLowerCase(Locale.UK), c.id()));

        List<ImportRow> rows = new ArrayList<>();
        Map<Integer, List<String>> rejected = new java.util.LinkedHashMap<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> cells = table.get(r);
            String[] v = new String[COLUMNS.size()];
            boolean blank = true;
            for (int c = 0; c < v.length; c++) {
                v[c] = index[c] < 0 || index[c] >= cells.size() ? "" : clean(cells.get(index[c]));
                blank &= v[c].isEmpty();
            }
            if (blank) {
                continue;
            }
            int rowNumber = r + 1;
            int before = problems.size();
            Long priorityId = null;
            if (!v[PRIORITY].isEmpty()) {
                priorityId = priorities.get(v[PRIORITY].toLowerCase(Locale.UK));
                if (priorityId == null) {
                    problems.add(new Problem(rowNumber, COLUMNS.get(PRIORITY), "import.problem.priority", new Object[] {v[PRIORITY]}));
                }
            }
            if (v[ACTION].isEmpty()) {
                problems.add(new Problem(rowNumber, COLUMNS.get(ACTION), "import.problem.action", new Object[0]));
            } else if (v[ACTION].length() > 4000) {
                problems.add(new Problem(rowNumber, COLUMNS.get(ACTION), "import.problem.tooLong", new Object[] {4000}));
            }
            Long personId = null;
            Long agencyId = null;
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
            }
            if (v[LEAD_ROLE].length() > 200) {
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
                rejected.put(rowNumber, table.get(r));
            }
            if (problems.size() == before) {
                rows.add(new ImportRow(rowNumber, v[PRIORITY], new BusinessPlans.ActionDetails(priorityId, v[ACTION], personId, agencyId,
                        v[LEAD_ROLE], v[MECHANISM], timescale.orElse(null), v[MEASURE], null, null)));
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(2, null, "import.problem.noRows", new Object[0]));
        }
        return new Reading(rows, problems, ignored, table.get(0), rejected);
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
            Map.entry("delivery mechanisms", MECHANISM), Map.entry("how", MECHANISM), Map.entry("delivered through", MECHANISM));

    static String normalised(String heading) {
        return clean(heading).toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", " ").strip();
    }

    private static List<String> ignoredColumns(List<String> header, int[] index) {
        List<String> ignored = new ArrayList<>();
        for (int h = 0; h < header.size(); h++) {
            final int column = h;
            if (!clean(header.get(h)).isEmpty() && java.util.Arrays.stream(index).noneMatch(i -> i == column)) {
                ignored.add(clean(header.get(h)));
            }
        }
        return ignored;
    }

    private static int[] headerIndex(List<String> header, List<Problem> problems) {
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

    private static List<List<String>> xlsxCells(byte[] content) {
        DataFormatter formatter = new DataFormatter(Locale.UK);
        List<List<String>> table = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 0; r <= Math.min(sheet.getLastRowNum(), MAX_ROWS + 1); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        if (cell == null) {
                            cells.add("");
                        } else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                            cells.add(cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE));
                        } else if (cell.getCellType() == CellType.FORMULA) {
                            cells.add(cell.getCellFormula().isEmpty() ? "" : formatter.formatCellValue(cell));
                        } else {
                            cells.add(formatter.formatCellValue(cell));
                        }
                    }
                }
                table.add(cells);
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        while (!table.isEmpty() && table.get(table.size() - 1).stream().allMatch(String::isBlank)) {
            table.remove(table.size() - 1);
        }
        return table;
    }

    /** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
    static List<List<String>> csvCells(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> table = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                table.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            table.add(row);
        }
        while (!table.isEmpty() && table.get(table.size() - 1).stream().allMatch(String::isBlank)) {
            table.remove(table.size() - 1);
        }
        return table;
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
            Map<Long, String> codes = new HashMap<>();
            doc.priorities().forEach(p -> codes.put(p.priority().getId(), p.priority().getCode()));
            Map<Long, String> emails = new HashMap<>();
            plans.possibleLeads().forEach(c -> emails.put(c.id(), c.email()));
            int r = 1;
            List<PlanAction> all = new ArrayList<>();
            doc.priorities().forEach(p -> all.addAll(p.actions()));
            all.addAll(doc.plannedWork());
            for (PlanAction a : all) {
                Row row = actions.createRow(r++);
                String[] values = {a.getPriorityId() == null ? "" : codes.getOrDefault(a.getPriorityId(), ""), a.getTitle(),
                        a.getLeadPersonId() == null ? "" : emails.getOrDefault(a.getLeadPersonId(), ""),
                        a.getLeadAgencyId() == null ? "" : directory.agencyName(a.getLeadAgencyId()),
                        nz(a.getLeadDescription()), nz(a.getDeliveryMechanism()), nz(a.getTimescaleText()), nz(a.getSuccessMeasure()),
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
                    "Board officer", "Key delivery mechanism");
            header(workbook, priorities, priorityColumns);
            r = 1;
            for (BusinessPlans.PriorityView view : doc.priorities()) {
                PlanPriority p = view.priority();
                Row row = priorities.createRow(r++);
                String[] values = {p.getCode(), p.getTitle(), nz(p.getStatement()), nz(p.getCommitment()), nz(p.getPartnershipLead()),
                        nz(p.getBoardOfficer()), nz(p.getDeliveryMechanism())};
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
