package org.partnershiphub.shared.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Uploaded spreadsheets (already checked to be real XLSX or UTF-8 CSV) read as rows of text, for every importer. */
public final class SpreadsheetTables {

    private SpreadsheetTables() {
    }

    /**
     * The first sheet of an XLSX file as text, up to {@code maxRows} rows: dates as ISO dates, formulas as their cached
     * values (never evaluated), and each cell of a merged area (a Word table pasted into Excel) read as its first cell,
     * headings apart; empty when the file cannot be read.
     */
    public static List<List<String>> xlsx(byte[] content, int maxRows) {
        DataFormatter formatter = new DataFormatter(Locale.UK);
        List<List<String>> table = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 0; r <= Math.min(sheet.getLastRowNum(), maxRows); r++) {
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
            // a plan pasted from a Word table has merged cells (a priority or outcome over its actions): each cell
            // of a merged area reads as its first cell
            for (org.apache.poi.ss.util.CellRangeAddress merged : sheet.getMergedRegions()) {
                int top = merged.getFirstRow(), left = merged.getFirstColumn();
                if (top == 0 || top >= table.size() || left >= table.get(top).size()) { // headings stay as they are
                    continue;
                }
                String value = table.get(top).get(left);
                for (int r = top; r <= Math.min(merged.getLastRow(), table.size() - 1); r++) {
                    List<String> cells = table.get(r);
                    for (int c = left; c <= merged.getLastColumn(); c++) {
                        while (cells.size() <= c) {
                            cells.add("");
                        }
                        cells.set(c, value);
                    }
                }
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
    public static List<List<String>> csv(byte[] content) {
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

}
