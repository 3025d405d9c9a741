package dev.vpos.web.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A one-sheet Office Open XML workbook (.xlsx) written straight to a stream, one row at a time: constant memory
 * whatever the number of rows (no shared-string table, inline strings; nothing is kept but the row count).
 * Cells by value type: {@link String} as text (XML-escaped, characters XML 1.0 forbids dropped, never a formula),
 * {@link BigDecimal} as a number shown with its own scale (money at the currency's scale: 0, 2, 3 or 4 decimals),
 * {@link Long}/{@link Integer} as whole numbers, {@link LocalDate} and {@link LocalDateTime} as real date cells with
 * a date style, {@code null} as an empty cell. The header row is bold, frozen and carries an auto-filter.
 * Call {@link #finish()} once after the last row; it writes the workbook parts and finishes the zip, leaving the
 * underlying stream open.
 */
public final class XlsxSheetWriter {

    /** Excel's row limit, the header included. */
    public static final int MAX_ROWS = 1_048_576;
    /** Excel's limit on the characters of one cell. */
    static final int MAX_CELL_CHARS = 32_767;

    /** A column: its header text and width in characters. */
    public record Column(String header, int width) {}

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String XML_DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final BigDecimal MILLIS_PER_DAY = BigDecimal.valueOf(86_400_000L);

    // cellXfs indexes, see styles()
    private static final int STYLE_HEADER = 1;
    private static final int STYLE_DATE_TIME = 2;
    private static final int STYLE_DATE = 3;
    private static final int STYLE_SCALE_0 = 4;
    private static final int STYLE_SCALE_2 = 5;
    private static final int STYLE_SCALE_3 = 6;
    private static final int STYLE_SCALE_4 = 7;

    private final ZipOutputStream zip;
    private final Writer out;
    private final String sheetName;
    private final String[] columnLetters;
    private int rows;
    private boolean finished;

    /** Starts the workbook: the fixed parts, then the sheet up to and including the header row. */
    public XlsxSheetWriter(OutputStream target, String sheetName, List<Column> columns) throws IOException {
        if (columns.isEmpty() || columns.size() > 16_384) {
            throw new IllegalArgumentException("1 to 16384 columns");
        }
        this.sheetName = clean(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName);
        this.zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        this.zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
        this.out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
        this.columnLetters = new String[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            columnLetters[i] = letters(i);
        }
        part(
                "[Content_Types].xml",
                XML_DECL
                        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                        + ".spreadsheetml.sheet.main+xml\"/>"
                        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-"
                        + "officedocument.spreadsheetml.worksheet+xml\"/>"
                        + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                        + ".spreadsheetml.styles+xml\"/></Types>");
        part(
                "_rels/.rels",
                XML_DECL + "<Relationships xmlns=\"" + PKG_REL_NS + "\">"
                        + "<Relationship Id=\"rId1\" Type=\"" + REL_NS
                        + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                        + "</Relationships>");
        part(
                "xl/_rels/workbook.xml.rels",
                XML_DECL + "<Relationships xmlns=\"" + PKG_REL_NS + "\">"
                        + "<Relationship Id=\"rId1\" Type=\"" + REL_NS
                        + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                        + "<Relationship Id=\"rId2\" Type=\"" + REL_NS + "/styles\" Target=\"styles.xml\"/>"
                        + "</Relationships>");
        part("xl/styles.xml", styles());
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
        out.write(XML_DECL);
        out.write("<worksheet xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">"
                + "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\""
                + " state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>"
                + "<sheetFormatPr defaultRowHeight=\"15\"/><cols>");
        for (int i = 0; i < columns.size(); i++) {
            out.write("<col min=\"" + (i + 1) + "\" max=\"" + (i + 1) + "\" width=\""
                    + columns.get(i).width() + "\" customWidth=\"1\"/>");
        }
        out.write("</cols><sheetData>");
        Object[] header = new Object[columns.size()];
        for (int i = 0; i < header.length; i++) {
            header[i] = columns.get(i).header();
        }
        write(header, true);
    }

    /** One data row; cells beyond the columns are refused. */
    public void row(Object... cells) throws IOException {
        if (finished) {
            throw new IllegalStateException("the workbook is finished");
        }
        if (cells.length > columnLetters.length) {
            throw new IllegalArgumentException(cells.length + " cells for " + columnLetters.length + " columns");
        }
        if (rows >= MAX_ROWS) {
            throw new IllegalStateException("a sheet holds at most " + MAX_ROWS + " rows");
        }
        for (Object v : cells) { // before anything is written: a refused row leaves the sheet as it was
            if (v != null
                    && !(v instanceof String
                            || v instanceof BigDecimal
                            || v instanceof Long
                            || v instanceof Integer
                            || v instanceof LocalDateTime
                            || v instanceof LocalDate)) {
                throw new IllegalArgumentException(
                        "no cell type for " + v.getClass().getName());
            }
        }
        write(cells, false);
    }

    /** Rows written so far, the header included. */
    public int rows() {
        return rows;
    }

    /** Ends the sheet (auto-filter over every row), writes the workbook part and finishes the zip. */
    public void finish() throws IOException {
        if (finished) {
            return;
        }
        finished = true;
        String range = "A1:" + columnLetters[columnLetters.length - 1] + rows;
        out.write("</sheetData><autoFilter ref=\"" + range + "\"/></worksheet>");
        out.flush();
        zip.closeEntry();
        String quoted = "'" + sheetName.replace("'", "''") + "'";
        part(
                "xl/workbook.xml",
                XML_DECL + "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">"
                        + "<bookViews><workbookView/></bookViews><sheets><sheet name=\"" + escape(sheetName)
                        + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets><definedNames><definedName name=\"_xlnm._FilterDatabase\""
                        + " localSheetId=\"0\" hidden=\"1\">"
                        + escape(quoted + "!$A$1:$" + columnLetters[columnLetters.length - 1] + "$" + rows)
                        + "</definedName></definedNames></workbook>");
        zip.finish();
        zip.flush();
    }

    private void write(Object[] cells, boolean header) throws IOException {
        int r = ++rows;
        out.write("<row r=\"");
        out.write(Integer.toString(r));
        out.write("\">");
        for (int i = 0; i < cells.length; i++) {
            Object v = cells[i];
            if (v == null) {
                continue;
            }
            out.write("<c r=\"");
            out.write(columnLetters[i]);
            out.write(Integer.toString(r));
            if (v instanceof String s) {
                out.write(
                        header ? "\" s=\"" + STYLE_HEADER + "\" t=\"inlineStr\"><is><t" : "\" t=\"inlineStr\"><is><t");
                String text = escape(s.length() > MAX_CELL_CHARS ? s.substring(0, MAX_CELL_CHARS) : s);
                if (!text.isEmpty()
                        && (Character.isWhitespace(text.charAt(0))
                                || Character.isWhitespace(text.charAt(text.length() - 1)))) {
                    out.write(" xml:space=\"preserve\"");
                }
                out.write('>');
                out.write(text);
                out.write("</t></is></c>");
            } else if (v instanceof BigDecimal d) {
                out.write("\" s=\"" + scaleStyle(d.scale()) + "\"><v>");
                out.write(d.toPlainString());
                out.write("</v></c>");
            } else if (v instanceof Long || v instanceof Integer) {
                out.write("\"><v>");
                out.write(v.toString());
                out.write("</v></c>");
            } else if (v instanceof LocalDateTime t) {
                out.write("\" s=\"" + STYLE_DATE_TIME + "\"><v>");
                out.write(serial(t));
                out.write("</v></c>");
            } else if (v instanceof LocalDate d) {
                out.write("\" s=\"" + STYLE_DATE + "\"><v>");
                out.write(Long.toString(ChronoUnit.DAYS.between(EXCEL_EPOCH, d)));
                out.write("</v></c>");
            } else {
                throw new IllegalArgumentException(
                        "no cell type for " + v.getClass().getName());
            }
        }
        out.write("</row>\n");
    }

    /** Days since Excel's epoch (1899-12-30, the 1900 date system), the time of day as a fraction to the millisecond. */
    static String serial(LocalDateTime t) {
        long days = ChronoUnit.DAYS.between(EXCEL_EPOCH, t.toLocalDate());
        long millis = t.toLocalTime().toNanoOfDay() / 1_000_000L;
        if (millis == 0) {
            return Long.toString(days);
        }
        return BigDecimal.valueOf(days)
                .add(BigDecimal.valueOf(millis).divide(MILLIS_PER_DAY, 12, RoundingMode.HALF_UP))
                .stripTrailingZeros()
                .toPlainString();
    }

    private static int scaleStyle(int scale) {
        if (scale <= 0) {
            return STYLE_SCALE_0;
        }
        return scale <= 2 ? STYLE_SCALE_2 : scale == 3 ? STYLE_SCALE_3 : STYLE_SCALE_4;
    }

    private static String styles() {
        return XML_DECL + "<styleSheet xmlns=\"" + MAIN_NS + "\">"
                + "<numFmts count=\"4\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd hh:mm:ss\"/>"
                + "<numFmt numFmtId=\"165\" formatCode=\"yyyy-mm-dd\"/><numFmt numFmtId=\"166\" formatCode=\"#,##0.000\"/>"
                + "<numFmt numFmtId=\"167\" formatCode=\"#,##0.0000\"/></numFmts>"
                + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
                + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
                + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"8\">"
                + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
                + xf(164) + xf(165) + xf(3) + xf(4) + xf(166) + xf(167) + "</cellXfs>"
                + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                + "</styleSheet>";
    }

    private static String xf(int numFmtId) {
        return "<xf numFmtId=\"" + numFmtId + "\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
                + " applyNumberFormat=\"1\"/>";
    }

    private void part(String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        out.write(xml);
        out.flush();
        zip.closeEntry();
    }

    /** A, B, ..., Z, AA, AB, ... for a zero-based column index. */
    static String letters(int index) {
        StringBuilder s = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }

    /**
     * Text as XML character data: {@code & < > "} escaped, characters XML 1.0 does not allow dropped (controls
     * other than tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF), and a literal
     * {@code _xHHHH_} kept literal (spreadsheets would read it as an escaped character).
     */
    static String escape(String s) {
        StringBuilder b = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String replacement = null;
            boolean keep = true;
            if (c == '&') {
                replacement = "&amp;";
            } else if (c == '<') {
                replacement = "&lt;";
            } else if (c == '>') {
                replacement = "&gt;";
            } else if (c == '"') {
                replacement = "&quot;";
            } else if (c == '_' && i + 6 < n && s.charAt(i + 1) == 'x' && s.charAt(i + 6) == '_' && hex4(s, i + 2)) {
                replacement = "_x005F_";
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    if (b != null) {
                        b.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
                keep = false;
            } else if (c < 0x20
                    ? c != '\t' && c != '\n' && c != '\r'
                    : Character.isLowSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                keep = false;
            }
            if (replacement == null && keep) {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            if (b == null) {
                b = new StringBuilder(n + 16).append(s, 0, i);
            }
            if (replacement != null) {
                b.append(replacement);
            }
        }
        return b == null ? s : b.toString();
    }

    private static boolean hex4(String s, int from) {
        for (int i = from; i < from + 4; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static String clean(String s) {
        return escapeFree(s).isBlank() ? "Sheet1" : escapeFree(s);
    }

    /** A sheet name without the characters Excel forbids in one ({@code : \ / ? * [ ]}) or XML does. */
    private static String escapeFree(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints()
                .filter(cp -> cp >= 0x20
                        && ":\\/?*[]".indexOf(cp) < 0
                        && cp != 0xFFFE
                        && cp != 0xFFFF
                        && !(cp >= 0xD800 && cp <= 0xDFFF))
                .forEach(b::appendCodePoint);
        return b.toString();
    }
}
