package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Credit Card Batches exported as .xlsx: a valid workbook (parsed here part by part), the CSV's columns and rows,
 * money as numbers with two decimals, times and value dates as date cells; LibreOffice opens it where installed.
 */
class BatchXlsxExportIT {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Europe/Istanbul");

    /** A definition of its own, so that its filter holds exactly this test's sales. */
    private static long definition;

    private static final List<JsonObject> SALES = new ArrayList<>();

    private static synchronized long definitionWithSales() {
        if (definition == 0) {
            long company = Sales.demoCompanyId();
            definition = FamilyOperationsIT.definition(company, "EST", "REGULAR");
            for (String amount : new String[] {"12.34", "1234.50"}) {
                TestServer.Reply r = TestServer.postJson(
                        TestServer.API + "/collections",
                        "collector",
                        Sales.sale(
                                company,
                                Sales.firstCustomerAccountId(company),
                                definition,
                                amount,
                                Sales.APPROVED_CARD,
                                "12/30"),
                        Map.of("Idempotency-Key", UUID.randomUUID().toString()));
                assertEquals(201, r.status(), r.toString());
                SALES.add(r.json());
            }
        }
        return definition;
    }

    @Test
    void financeExportsTheFilterAsAWorkbookWithTypedCells() throws Exception {
        long def = definitionWithSales();
        HttpResponse<byte[]> r = bytes(TestServer.API + "/batches/export.xlsx?definitionId=" + def, "finance");
        assertEquals(200, r.statusCode(), new String(r.body()));
        assertTrue(
                r.headers().firstValue("Content-Type").orElse("").startsWith(XLSX),
                r.headers().toString());
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("card-batches.xlsx"));

        Map<String, byte[]> parts = unzip(r.body());
        assertTrue(
                parts.keySet()
                        .containsAll(List.of(
                                "[Content_Types].xml",
                                "_rels/.rels",
                                "xl/workbook.xml",
                                "xl/_rels/workbook.xml.rels",
                                "xl/styles.xml",
                                "xl/worksheets/sheet1.xml")),
                parts.keySet().toString());
        parts.values().forEach(BatchXlsxExportIT::parse);
        Document sheet = parse(parts.get("xl/worksheets/sheet1.xml"));
        Document styles = parse(parts.get("xl/styles.xml"));
        NodeList rows = sheet.getElementsByTagNameNS(MAIN, "row");
        assertEquals(3, rows.getLength(), "header and the two sales");

        // the same columns as the CSV export of the same filter, and the same rows
        String csv = TestServer.send(
                        TestServer.request(TestServer.API + "/batches/export.csv?definitionId=" + def, "finance")
                                .header("Accept", "text/csv")
                                .GET()
                                .build())
                .body();
        String[] csvLines = csv.split("\r\n");
        List<String> header =
                cells((Element) rows.item(0)).stream().map(c -> text(c)).toList();
        assertEquals(List.of(csvLines[0].split(",")), header);
        int order = header.indexOf("bank_order_id");
        int amount = header.indexOf("amount");
        int time = header.indexOf("transaction_time");
        int valueDate = header.indexOf("value_date");

        var listed = TestServer.get(TestServer.API + "/batches?definitionId=" + def, "finance")
                .json()
                .getJsonArray("items");
        assertEquals(csvLines.length - 1, listed.size());
        for (JsonObject sale : SALES) {
            Element row = rowWith(rows, order, sale.getString("bankOrderId"));
            JsonObject item = listed.stream()
                    .map(v -> (JsonObject) v)
                    .filter(i -> sale.getString("bankOrderId").equals(i.getString("bankOrderId")))
                    .findFirst()
                    .orElseThrow();
            List<Element> cells = cells(row);
            Element money = cells.get(amount);
            assertEquals("", money.getAttribute("t"), "a number, not text");
            assertEquals(
                    0,
                    new BigDecimal(value(money))
                            .compareTo(sale.getJsonNumber("amount").bigDecimalValue()));
            assertEquals(2, new BigDecimal(value(money)).scale(), "TRY at its two decimals");
            assertEquals("#,##0.00", format(styles, money));

            Element when = cells.get(time);
            assertEquals("yyyy-mm-dd hh:mm:ss", format(styles, when));
            OffsetDateTime expected = OffsetDateTime.parse(item.getString("transactionTime"));
            assertEquals(
                    excelSerial(expected),
                    Double.parseDouble(value(when)),
                    1.0 / 86_400,
                    "the transaction time, in the business zone, to the second");
            Element day = cells.get(valueDate);
            assertEquals("yyyy-mm-dd", format(styles, day));
            assertEquals(
                    ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), LocalDate.parse(item.getString("valueDate"))),
                    Long.parseLong(value(day)));
        }
        Element pane = (Element) sheet.getElementsByTagNameNS(MAIN, "pane").item(0);
        assertEquals("frozen", pane.getAttribute("state"), "the header stays in view");
    }

    @Test
    void onlyRolesThatExportMayAndABadFilterChangesNothing() throws Exception {
        long def = definitionWithSales();
        assertEquals(
                403,
                bytes(TestServer.API + "/batches/export.xlsx?definitionId=" + def, "collector")
                        .statusCode());
        HttpResponse<byte[]> bad = bytes(TestServer.API + "/batches/export.xlsx?state=LOST&from=2026-13-01", "finance");
        assertEquals(400, bad.statusCode());
        String body = new String(bad.body(), java.nio.charset.StandardCharsets.UTF_8);
        JsonObject error = Json.createReader(new java.io.StringReader(body)).readObject();
        assertEquals("invalid_input", error.getString("error"), body);
        assertTrue(body.contains("\"from\""), body);
    }

    /**
     * LibreOffice converts the workbook to CSV with the sale's codes and amount in it. scripts/test installs it and
     * sets {@code vpos.test.requireLibreOffice}: then a missing LibreOffice fails the run; elsewhere (a bare
     * {@code mvn verify}) the check is skipped and says so.
     */
    @Test
    void libreOfficeOpensTheWorkbook() throws Exception {
        String office = java.util.stream.Stream.of("/usr/bin/libreoffice", "/usr/bin/soffice", "/usr/local/bin/soffice")
                .filter(p -> new File(p).canExecute())
                .findFirst()
                .orElse(null);
        if (office == null && Boolean.getBoolean("vpos.test.requireLibreOffice")) {
            fail("LibreOffice is expected (vpos.test.requireLibreOffice, set by scripts/test) but not installed");
        }
        Assumptions.assumeTrue(
                office != null, "LibreOffice is not installed: the workbook was checked by parsing only");
        long def = definitionWithSales();
        HttpResponse<byte[]> r = bytes(TestServer.API + "/batches/export.xlsx?definitionId=" + def, "finance");
        assertEquals(200, r.statusCode());
        Path dir = Files.createTempDirectory("vpos-xlsx");
        Path file = dir.resolve("card-batches.xlsx");
        Files.write(file, r.body());
        // CSV in UTF-8, cells "as shown": the workbook's number and date formats applied
        Process p = new ProcessBuilder(
                        office,
                        "--headless",
                        "-env:UserInstallation=file://" + dir.resolve("profile"),
                        "--convert-to",
                        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true",
                        "--outdir",
                        dir.toString(),
                        file.toString())
                .redirectErrorStream(true)
                .start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "LibreOffice finished");
        String log = new String(p.getInputStream().readAllBytes());
        Path csv = dir.resolve("card-batches.csv");
        assertTrue(Files.exists(csv), "converted: " + log);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("transaction_time,company_id,definition,"), lines.get(0));
        var listed = TestServer.get(TestServer.API + "/batches?definitionId=" + def, "finance")
                .json()
                .getJsonArray("items");
        for (JsonObject sale : SALES) {
            String line = lines.stream()
                    .filter(l -> l.contains(sale.getString("bankOrderId")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(lines.toString()));
            assertTrue(line.contains(sale.getString("authCode")), line);
            JsonObject item = listed.stream()
                    .map(v -> (JsonObject) v)
                    .filter(i -> sale.getString("bankOrderId").equals(i.getString("bankOrderId")))
                    .findFirst()
                    .orElseThrow();
            var time = OffsetDateTime.parse(item.getString("transactionTime")).atZoneSameInstant(BUSINESS_ZONE);
            var seconds = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
            String cut = time.format(seconds);
            String rounded = time.plusNanos(500_000_000).format(seconds);
            assertTrue(
                    line.startsWith(cut + ",") || line.startsWith(rounded + ","),
                    "a date-time cell shown as " + cut + ": " + line);
            assertTrue(line.contains("," + item.getString("valueDate") + ","), "a date cell: " + line);
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"1,234.50\"")), "money with two decimals: " + lines);
        assertTrue(lines.stream().anyMatch(l -> l.contains(",12.34,")), lines.toString());
    }

    private static HttpResponse<byte[]> bytes(String url, String user) throws IOException, InterruptedException {
        HttpRequest request = TestServer.request(url, user)
                .header("Accept", XLSX + ", application/json")
                .GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static double excelSerial(OffsetDateTime t) {
        var local = t.atZoneSameInstant(BUSINESS_ZONE).toLocalDateTime();
        return ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), local.toLocalDate())
                + local.toLocalTime().toNanoOfDay() / 86_400e9;
    }

    private static Element rowWith(NodeList rows, int column, String text) {
        for (int i = 1; i < rows.getLength(); i++) {
            Element row = (Element) rows.item(i);
            if (text.equals(text(cells(row).get(column)))) {
                return row;
            }
        }
        throw new AssertionError("no row with " + text);
    }

    /** The row's cells by column (a missing cell, an empty value, is null). */
    private static List<Element> cells(Element row) {
        List<Element> cells = new ArrayList<>();
        NodeList list = row.getElementsByTagNameNS(MAIN, "c");
        for (int i = 0; i < list.getLength(); i++) {
            Element c = (Element) list.item(i);
            int column = column(c.getAttribute("r"));
            while (cells.size() < column) {
                cells.add(null);
            }
            cells.add(c);
        }
        return cells;
    }

    private static int column(String ref) {
        int n = 0;
        for (char ch : ref.toCharArray()) {
            if (Character.isDigit(ch)) {
                break;
            }
            n = n * 26 + (ch - 'A' + 1);
        }
        return n - 1;
    }

    private static String text(Element cell) {
        return cell == null || cell.getElementsByTagNameNS(MAIN, "t").getLength() == 0
                ? null
                : cell.getElementsByTagNameNS(MAIN, "t").item(0).getTextContent();
    }

    private static String value(Element cell) {
        return cell.getElementsByTagNameNS(MAIN, "v").item(0).getTextContent();
    }

    private static String format(Document styles, Element cell) {
        Element xfs = (Element) styles.getElementsByTagNameNS(MAIN, "cellXfs").item(0);
        String id = ((Element) xfs.getElementsByTagNameNS(MAIN, "xf").item(Integer.parseInt(cell.getAttribute("s"))))
                .getAttribute("numFmtId");
        if (id.equals("4")) {
            return "#,##0.00"; // built-in
        }
        NodeList formats = styles.getElementsByTagNameNS(MAIN, "numFmt");
        for (int i = 0; i < formats.getLength(); i++) {
            Element f = (Element) formats.item(i);
            if (id.equals(f.getAttribute("numFmtId"))) {
                return f.getAttribute("formatCode");
            }
        }
        return "builtin " + id;
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    private static Document parse(byte[] xml) {
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
