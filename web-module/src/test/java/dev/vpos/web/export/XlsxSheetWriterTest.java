package dev.vpos.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class XlsxSheetWriterTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    @Test
    void writesAWorkbookWhosePartsParseAndWhoseCellsKeepTheirTypes() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XlsxSheetWriter w = new XlsxSheetWriter(
                bytes,
                "Card batches",
                List.of(
                        new XlsxSheetWriter.Column("text", 20),
                        new XlsxSheetWriter.Column("money", 12),
                        new XlsxSheetWriter.Column("when", 20),
                        new XlsxSheetWriter.Column("day", 12),
                        new XlsxSheetWriter.Column("count", 8)));
        w.row(
                "Ayşe & <Co> \"quoted\"",
                new BigDecimal("1250.50"),
                LocalDateTime.of(2026, 11, 23, 18, 0),
                LocalDate.of(2026, 11, 30),
                3);
        w.row("bell\u0007 null\u0000 lone\uD800 ok\uD83D\uDE00 bad\uFFFE", new BigDecimal("-7"), null, null, 12L);
        w.row(
                "  padded ",
                new BigDecimal("1.234"),
                LocalDateTime.of(1900, 3, 1, 0, 0),
                LocalDate.of(1899, 12, 31),
                null);
        w.row("_x0041_ stays literal", new BigDecimal("0.0001"));
        w.finish();

        Map<String, byte[]> parts = unzip(bytes.toByteArray());
        assertEquals(
                java.util.Set.of(
                        "[Content_Types].xml",
                        "_rels/.rels",
                        "xl/_rels/workbook.xml.rels",
                        "xl/styles.xml",
                        "xl/worksheets/sheet1.xml",
                        "xl/workbook.xml"),
                parts.keySet());
        parts.values().forEach(XlsxSheetWriterTest::parse); // every part is well-formed XML

        Document sheet = parse(parts.get("xl/worksheets/sheet1.xml"));
        NodeList rows = sheet.getElementsByTagNameNS(MAIN, "row");
        assertEquals(5, rows.getLength(), "header + 4 rows");
        assertEquals("text", text(cell(sheet, "A1")));
        assertEquals("1", cell(sheet, "A1").getAttribute("s"), "bold header");
        assertEquals("Ayşe & <Co> \"quoted\"", text(cell(sheet, "A2")));
        assertEquals("inlineStr", cell(sheet, "A2").getAttribute("t"));

        assertEquals("1250.50", value(cell(sheet, "B2")));
        assertEquals("", cell(sheet, "B2").getAttribute("t"), "a number, not text");
        assertEquals("#,##0.00", format(parts, cell(sheet, "B2")));
        assertEquals("-7", value(cell(sheet, "B3")));
        assertEquals("#,##0", format(parts, cell(sheet, "B3")), "no decimals, like JPY");
        assertEquals("#,##0.000", format(parts, cell(sheet, "B4")));
        assertEquals("#,##0.0000", format(parts, cell(sheet, "B5")));

        // 2026-11-23 is day 46349 of Excel's 1900 system; 18:00 is 0.75 of a day
        assertEquals("46349.75", value(cell(sheet, "C2")));
        assertEquals("yyyy-mm-dd hh:mm:ss", format(parts, cell(sheet, "C2")));
        assertEquals("46356", value(cell(sheet, "D2")));
        assertEquals("yyyy-mm-dd", format(parts, cell(sheet, "D2")));
        assertEquals("61", value(cell(sheet, "C4")), "1900-03-01 is serial 61 (after Excel's phantom 29 February)");
        assertEquals("1", value(cell(sheet, "D4")));
        assertEquals("3", value(cell(sheet, "E2")));
        assertNull(cell(sheet, "C3"), "null writes no cell");

        assertEquals(
                "bell null lone ok\uD83D\uDE00 bad",
                text(cell(sheet, "A3")),
                "characters XML 1.0 forbids are dropped, a valid surrogate pair is kept");
        Element padded =
                (Element) cell(sheet, "A4").getElementsByTagNameNS(MAIN, "t").item(0);
        assertEquals("preserve", padded.getAttributeNS("http://www.w3.org/XML/1998/namespace", "space"));
        assertEquals("  padded ", padded.getTextContent());
        assertEquals(
                "_x005F_x0041_ stays literal",
                text(cell(sheet, "A5")),
                "Excel reads _xHHHH_ as an escaped character: its underscore is escaped itself");

        assertEquals(
                "A1:E5",
                ((Element) sheet.getElementsByTagNameNS(MAIN, "autoFilter").item(0)).getAttribute("ref"));
        Element pane = (Element) sheet.getElementsByTagNameNS(MAIN, "pane").item(0);
        assertEquals("frozen", pane.getAttribute("state"));
        assertEquals("1", pane.getAttribute("ySplit"));
        Document workbook = parse(parts.get("xl/workbook.xml"));
        assertEquals(
                "Card batches",
                ((Element) workbook.getElementsByTagNameNS(MAIN, "sheet").item(0)).getAttribute("name"));
        assertEquals(
                "'Card batches'!$A$1:$E$5",
                workbook.getElementsByTagNameNS(MAIN, "definedName").item(0).getTextContent());
    }

    @Test
    void escapesOnlyWhatMustBeEscaped() {
        assertEquals("plain", XlsxSheetWriter.escape("plain"));
        assertEquals("a&amp;b&lt;c&gt;d&quot;e'f", XlsxSheetWriter.escape("a&b<c>d\"e'f"));
        assertEquals("tab\tlf\ncr\r", XlsxSheetWriter.escape("tab\tlf\ncr\r"));
        assertEquals("_x12_ _xZZZZ_ _x0041", XlsxSheetWriter.escape("_x12_ _xZZZZ_ _x0041"));
        assertEquals("", XlsxSheetWriter.escape("\uDC00\u001F"));
    }

    @Test
    void namesColumnsLikeASpreadsheet() {
        assertEquals("A", XlsxSheetWriter.letters(0));
        assertEquals("Z", XlsxSheetWriter.letters(25));
        assertEquals("AA", XlsxSheetWriter.letters(26));
        assertEquals("AZ", XlsxSheetWriter.letters(51));
        assertEquals("XFD", XlsxSheetWriter.letters(16_383));
    }

    @Test
    void cutsTooLongTextAndRefusesMisuse() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XlsxSheetWriter w = new XlsxSheetWriter(bytes, "a:b/c", List.of(new XlsxSheetWriter.Column("only", 10)));
        w.row("x".repeat(40_000));
        assertThrows(IllegalArgumentException.class, () -> w.row("one", "too many"));
        assertThrows(IllegalArgumentException.class, () -> w.row(new Object()));
        w.finish();
        assertThrows(IllegalStateException.class, () -> w.row("late"));
        Map<String, byte[]> parts = unzip(bytes.toByteArray());
        Document sheet = parse(parts.get("xl/worksheets/sheet1.xml"));
        assertEquals(XlsxSheetWriter.MAX_CELL_CHARS, text(cell(sheet, "A2")).length());
        Document workbook = parse(parts.get("xl/workbook.xml"));
        assertEquals(
                "abc",
                ((Element) workbook.getElementsByTagNameNS(MAIN, "sheet").item(0)).getAttribute("name"),
                "characters a sheet name may not have are dropped");
    }

    @Test
    void aLargeSheetIsWrittenWithoutHoldingItsRows() throws Exception {
        // 200,000 rows into a counting sink: nothing but the count is kept (the heap this uses is measured for a
        // million rows in docs/benchmarks.md); the output stays a valid zip
        long[] size = {0};
        java.io.OutputStream sink = new java.io.OutputStream() {
            @Override
            public void write(int b) {
                size[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                size[0] += len;
            }
        };
        XlsxSheetWriter w = new XlsxSheetWriter(
                sink, "big", List.of(new XlsxSheetWriter.Column("n", 8), new XlsxSheetWriter.Column("amount", 12)));
        for (int i = 0; i < 200_000; i++) {
            w.row("row " + i, BigDecimal.valueOf(i, 2));
        }
        w.finish();
        assertEquals(200_001, w.rows());
        assertTrue(size[0] > 100_000, "compressed but not empty: " + size[0]);
    }

    private static Element cell(Document sheet, String ref) {
        NodeList cells = sheet.getElementsByTagNameNS(MAIN, "c");
        for (int i = 0; i < cells.getLength(); i++) {
            Element c = (Element) cells.item(i);
            if (ref.equals(c.getAttribute("r"))) {
                return c;
            }
        }
        return null;
    }

    private static String text(Element cell) {
        return cell.getElementsByTagNameNS(MAIN, "t").item(0).getTextContent();
    }

    private static String value(Element cell) {
        return cell.getElementsByTagNameNS(MAIN, "v").item(0).getTextContent();
    }

    /** The number format of a cell, through styles.xml (cellXfs → numFmt, or a built-in id). */
    private static String format(Map<String, byte[]> parts, Element cell) {
        Document styles = parse(parts.get("xl/styles.xml"));
        Element xfs = (Element) styles.getElementsByTagNameNS(MAIN, "cellXfs").item(0);
        Element xf = (Element) xfs.getElementsByTagNameNS(MAIN, "xf").item(Integer.parseInt(cell.getAttribute("s")));
        String id = xf.getAttribute("numFmtId");
        Map<String, String> builtIn = Map.of("3", "#,##0", "4", "#,##0.00");
        if (builtIn.containsKey(id)) {
            return builtIn.get(id);
        }
        NodeList formats = styles.getElementsByTagNameNS(MAIN, "numFmt");
        for (int i = 0; i < formats.getLength(); i++) {
            Element f = (Element) formats.item(i);
            if (id.equals(f.getAttribute("numFmtId"))) {
                return f.getAttribute("formatCode");
            }
        }
        throw new AssertionError("no number format " + id);
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                assertFalse(parts.containsKey(e.getName()), "one entry per part");
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }
}
