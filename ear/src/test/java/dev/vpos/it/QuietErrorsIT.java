package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue #13 item 7, quiet errors: every error answer is our JSON (API) or our page (screens), never the container's
 * page with a stack trace, class names, message ids or versions; business 4xx answers write no FFDC incident.
 * Raw HTTP (a socket where the path must reach the server unnormalized).
 */
class QuietErrorsIT {

    private static final Pattern VERSION = Pattern.compile("\\b\\d+\\.\\d+\\.\\d+");
    private static final List<String> TELLTALES =
            List.of("at com.", "at java.", "Exception", "CWW", "SRVE", "Liberty", "Open Liberty", "IBM", "jakarta.");

    @Test
    void anEncodedSlashUnderTheApiIsOurJson() {
        Raw raw = Raw.get("/vpos/api/v1/..%2f..%2f", "admin");
        assertEquals(400, raw.status, raw.toString());
        assertQuiet(raw.body, raw.toString());
        JsonObject error = json(raw.body);
        assertEquals("http_400", error.getString("error"));
        assertTrue(raw.contentType().startsWith("application/json"), raw.toString());
    }

    @Test
    void anEncodedDotSegmentIsRefusedBeforeAnyApplicationWithoutAStackTraceOrVersion() {
        for (String path : List.of("/vpos/%2e%2e/%2e%2e/etc/passwd", "/vpos/..;/x", "/vpos/%2E%2E/WEB-INF/web.xml")) {
            Raw raw = Raw.get(path, null);
            assertEquals(400, raw.status, raw.toString());
            // Liberty answers these itself, before any application (its fixed text: a message id and the path, which
            // only a proxy in front can replace; docs/security.md): no stack trace, class, product or version
            for (String telltale : List.of("at com.", "at java.", "Exception", "SRVE", "Liberty", "IBM")) {
                assertFalse(raw.body.contains(telltale), telltale + " in " + raw);
            }
            assertFalse(VERSION.matcher(raw.body).find(), raw.toString());
            assertFalse(raw.body.contains("root:"), "no file was served: " + raw);
        }
    }

    @Test
    void unknownPathsAreOurPageOrOurJson() {
        // an unknown static path of a screen (a signed-in user, so the login redirect does not hide it)
        for (String path : List.of("/vpos/nothing.css", "/vpos/assets/nothing.js", "/vpos/WEB-INF/web.xml")) {
            Raw raw = Raw.get(path, "admin");
            assertEquals(404, raw.status, raw.toString());
            assertQuiet(raw.body, raw.toString());
            assertTrue(raw.body.contains("<h1>Not found.</h1>"), "our page: " + raw);
            assertTrue(raw.contentType().startsWith("text/html"), raw.toString());
        }
        Raw api = Raw.get("/vpos/api/v1/no-such-resource", "admin");
        assertEquals(404, api.status, api.toString());
        assertQuiet(api.body, api.toString());
        assertEquals("http_404", json(api.body).getString("error"));
        // outside the module: the server's root and an unknown context root, not Open Liberty's welcome page
        for (String path : List.of("/", "/nothing", "/vpos-old/index.html")) {
            Raw raw = Raw.get(path, null);
            assertEquals(404, raw.status, raw.toString());
            assertQuiet(raw.body, raw.toString());
        }
        // Liberty's REST handler, which MicroProfile Metrics brings (administrators only, over HTTPS): a redirect to
        // HTTPS without a body here; a proxy in front does not route /ibm/ at all (docs/security.md)
        Raw handler = Raw.get("/ibm/api/", null);
        assertTrue(handler.status == 302 || handler.status == 401 || handler.status == 404, handler.toString());
        assertQuiet(handler.body, handler.toString());
    }

    @Test
    void aMethodAServletDoesNotTakeIsOurPage() {
        Raw login = Raw.send("PUT", "/vpos/login", null, "text/plain", "x");
        assertEquals(405, login.status, login.toString());
        assertQuiet(login.body, login.toString());
        assertTrue(login.body.contains("This method is not allowed here."), login.toString());
        // the API's own 405 is JSON
        Raw api = Raw.send("PATCH", "/vpos/api/v1/companies", "admin", "application/json", "{}");
        assertEquals(405, api.status, api.toString());
        assertQuiet(api.body, api.toString());
        assertEquals("http_405", json(api.body).getString("error"));
    }

    @Test
    void aFormBodyThatIsNotUrlEncodedIsOurBadRequestPageWithoutAnIncident() throws IOException {
        int before = incidents();
        // pages that read the container's parameters: the sign-in form, the payer's page, the demo portal
        for (String path : List.of("/vpos/login", "/vpos/pay/no-such-session", "/vpos/demo-portal")) {
            for (String body : List.of("a=%zz", "username=%zz&password=x", "username=admin%G1&password=x")) {
                Raw raw = Raw.send("POST", path, null, "application/x-www-form-urlencoded", body);
                assertEquals(400, raw.status, raw.toString());
                assertQuiet(raw.body, raw.toString());
                assertTrue(raw.contentType().startsWith("text/html"), raw.toString());
                assertTrue(raw.body.contains("dir=") || raw.body.contains("<h1>"), "our page: " + raw);
            }
        }
        Raw arabic = Raw.send(
                "POST",
                "/vpos/login",
                null,
                "application/x-www-form-urlencoded",
                "username=%zz",
                Map.of("Accept-Language", "ar"));
        assertEquals(400, arabic.status, arabic.toString());
        assertTrue(arabic.body.contains("dir=\"rtl\""), arabic.toString());
        // a well-formed sign-in still works as before: a wrong password goes back to the login page
        Raw wrong = Raw.send(
                "POST", "/vpos/login", null, "application/x-www-form-urlencoded", "username=admin&password=no");
        assertEquals(302, wrong.status, wrong.toString());
        assertEquals(before, incidents(), "no FFDC incident for a malformed form: " + incidentNames());
    }

    @Test
    void turkishAndArabicCallersGetTheErrorPageInTheirLanguage() {
        Raw tr = Raw.send("GET", "/vpos/api/v1/no-such-resource", "admin", null, null, Map.of("Accept-Language", "tr"));
        assertEquals("Bulunamadı.", json(tr.body).getString("message"), tr.toString());
        Raw ar = Raw.send("PUT", "/vpos/login", null, "text/plain", "x", Map.of("Accept-Language", "ar"));
        assertTrue(ar.body.contains("dir=\"rtl\""), ar.toString());
    }

    @Test
    void businessRefusalsWriteNoFfdcIncident() throws IOException {
        long company = Sales.demoCompanyId();
        long account = Sales.firstCustomerAccountId(company);
        Sales.post(Sales.sale(company, account, "1e3", Sales.APPROVED_CARD, "12/30"), "collector"); // warm up
        int before = incidents();
        for (int i = 0; i < 5; i++) {
            // 400: invalid amount; 400: wrong JSON type; 404: unknown collection, definition; 409: a rule
            TestServer.Reply invalid =
                    Sales.post(Sales.sale(company, account, "1e3", Sales.APPROVED_CARD, "12/30"), "collector");
            assertEquals(400, invalid.status(), invalid.toString());
            assertEquals(400, Sales.post("{\"companyId\":\"one\"}", "collector").status());
            assertEquals(
                    404,
                    TestServer.get(TestServer.API + "/collections/NO-SUCH-" + i, "admin")
                            .status());
            assertEquals(
                    404,
                    TestServer.get(TestServer.API + "/companies/" + company + "/vpos-definitions/999999" + i, "admin")
                            .status());
            assertEquals(
                    404,
                    TestServer.get(TestServer.BASE + "/vpos/assets/missing-" + i + ".js", "admin")
                            .status());
            assertEquals(
                    400,
                    TestServer.get(TestServer.API + "/batches?page=abc", "finance")
                            .status());
            TestServer.Reply reused = reusedKey(company, account, i);
            assertEquals(422, reused.status(), reused.toString());
        }
        assertEquals(before, incidents(), "no FFDC incident for business 4xx answers: " + incidentNames());
    }

    /** The same Idempotency-Key for two different sales: 422 (the first one is declined or approved, either way). */
    private static TestServer.Reply reusedKey(long company, long account, int i) {
        String key = "quiet-" + System.nanoTime() + "-" + i;
        String url = TestServer.API + "/collections";
        Map<String, String> keyed = Map.of("Idempotency-Key", key);
        TestServer.postJson(
                url, "collector", Sales.sale(company, account, "3.0" + i, Sales.APPROVED_CARD, "12/30"), keyed);
        return TestServer.postJson(
                url, "collector", Sales.sale(company, account, "4.0" + i, Sales.APPROVED_CARD, "12/30"), keyed);
    }

    private static Path ffdcDir() {
        return Path.of(System.getProperty("vpos.test.serverDir"), "logs", "ffdc");
    }

    private static int incidents() throws IOException {
        return incidentNames().size();
    }

    private static List<String> incidentNames() throws IOException {
        if (!Files.isDirectory(ffdcDir())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(ffdcDir())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("ffdc_") || n.startsWith("incident"))
                    .sorted()
                    .toList();
        }
    }

    private static void assertQuiet(String body, String what) {
        for (String telltale : TELLTALES) {
            assertFalse(body.contains(telltale), "'" + telltale + "' in " + what);
        }
        assertFalse(VERSION.matcher(body).find(), "a version number in " + what);
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    /** One HTTP/1.1 exchange over a plain socket: the path goes out exactly as written (no client normalizes it). */
    private record Raw(int status, String head, String body) {

        static Raw get(String path, String user) {
            return send("GET", path, user, null, null);
        }

        static Raw send(String method, String path, String user, String type, String body) {
            return send(method, path, user, type, body, Map.of());
        }

        static Raw send(String method, String path, String user, String type, String body, Map<String, String> extra) {
            URI base = URI.create(TestServer.BASE);
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder request = new StringBuilder()
                    .append(method)
                    .append(' ')
                    .append(path)
                    .append(" HTTP/1.1\r\n")
                    .append("Host: ")
                    .append(base.getHost())
                    .append(':')
                    .append(base.getPort())
                    .append("\r\n")
                    .append("Connection: close\r\n");
            if (user != null) {
                String token = user + ":" + TestServer.PASSWORDS.get(user);
                request.append("Authorization: Basic ")
                        .append(java.util.Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)))
                        .append("\r\n");
            }
            if (type != null) {
                request.append("Content-Type: ").append(type).append("\r\n");
            }
            extra.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
            if (body != null) {
                request.append("Content-Length: ").append(content.length).append("\r\n");
            }
            request.append("\r\n");
            try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
                out.write(content);
                out.flush();
                InputStream in = socket.getInputStream();
                String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                int split = answer.indexOf("\r\n\r\n");
                String head = split < 0 ? answer : answer.substring(0, split);
                String rest = split < 0 ? "" : answer.substring(split + 4);
                if (head.toLowerCase().contains("transfer-encoding: chunked")) {
                    rest = dechunk(rest);
                }
                return new Raw(Integer.parseInt(head.substring(9, 12)), head, rest);
            } catch (IOException e) {
                throw new IllegalStateException(method + " " + path + ": " + e, e);
            }
        }

        private static String dechunk(String chunked) {
            StringBuilder out = new StringBuilder();
            int at = 0;
            while (at < chunked.length()) {
                int eol = chunked.indexOf("\r\n", at);
                if (eol < 0) {
                    break;
                }
                int size = Integer.parseInt(
                        chunked.substring(at, eol).split(";")[0].trim(), 16);
                if (size == 0) {
                    break;
                }
                // sizes count bytes; the error answers here are ASCII/UTF-8 text, so take bytes and decode
                byte[] bytes = chunked.substring(eol + 2).getBytes(StandardCharsets.UTF_8);
                String piece = new String(bytes, 0, Math.min(size, bytes.length), StandardCharsets.UTF_8);
                out.append(piece);
                at = eol + 2 + piece.length() + 2;
            }
            return out.toString();
        }

        String contentType() {
            return head.lines()
                    .filter(l -> l.toLowerCase().startsWith("content-type:"))
                    .map(l -> l.substring(13).trim())
                    .findFirst()
                    .orElse("");
        }
    }
}
