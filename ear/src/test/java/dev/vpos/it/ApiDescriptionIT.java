package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue #17: {@code /openapi} describes the whole API — every JAX-RS resource method of the web module appears with
 * its HTTP method — with the error model, the roles each operation needs, the Idempotency-Key of the money-moving
 * POSTs and the X-Request-Id of every answer; {@code /openapi/ui} browses it.
 */
class ApiDescriptionIT {

    private static final Map<Class<? extends Annotation>, String> VERBS = Map.of(
            GET.class,
            "get",
            POST.class,
            "post",
            PUT.class,
            "put",
            DELETE.class,
            "delete",
            PATCH.class,
            "patch",
            HEAD.class,
            "head");

    @Test
    void everyResourceMethodIsDescribed() throws Exception {
        JsonObject paths = document().getJsonObject("paths");
        List<String> missing = new ArrayList<>();
        List<String> endpoints = resourceMethods();
        assertTrue(endpoints.size() > 60, "the scan finds the API's methods: " + endpoints.size());
        for (String endpoint : endpoints) {
            String verb = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            boolean found = paths.entrySet().stream()
                    .anyMatch(e -> normalized(e.getKey()).endsWith(path)
                            && e.getValue().asJsonObject().containsKey(verb));
            if (!found) {
                missing.add(endpoint);
            }
        }
        assertEquals(List.of(), missing, "resource methods missing from /openapi: " + paths.keySet());
    }

    @Test
    void theSaleIsDescribedWithItsRolesIdempotencyKeyErrorModelAndRequestId() throws Exception {
        JsonObject doc = document();
        JsonObject sale = doc.getJsonObject("paths").entrySet().stream()
                .filter(e -> normalized(e.getKey()).endsWith("/api/v1/collections"))
                .findFirst()
                .orElseThrow()
                .getValue()
                .asJsonObject()
                .getJsonObject("post");
        assertTrue(
                sale.getJsonArray("parameters").stream()
                        .map(p -> p.asJsonObject())
                        .anyMatch(p -> "Idempotency-Key".equals(p.getString("name"))
                                && "header".equals(p.getString("in"))
                                && p.getString("description").contains("never reaches the bank twice")),
                sale.toString());
        assertTrue(sale.containsKey("security"), sale.toString());
        List<String> roles = sale.getJsonArray("security").getJsonObject(0).getJsonArray("basic").stream()
                .map(v -> ((JsonString) v).getString())
                .toList();
        assertTrue(roles.contains("COLLECTOR"), roles.toString());
        JsonObject error = sale.getJsonObject("responses").getJsonObject("default");
        assertEquals(
                "#/components/schemas/Error",
                error.getJsonObject("content")
                        .getJsonObject("application/json")
                        .getJsonObject("schema")
                        .getString("$ref"));
        assertTrue(error.getJsonObject("headers").containsKey("X-Request-Id"), error.toString());
        JsonObject schema =
                doc.getJsonObject("components").getJsonObject("schemas").getJsonObject("Error");
        assertTrue(schema.getJsonObject("properties").keySet().containsAll(List.of("error", "message", "fields")));
        // the request body's schema comes from the API's own types
        assertTrue(sale.getJsonObject("requestBody").toString().contains("$ref"), sale.toString());
        assertTrue(
                doc.getJsonObject("components").getJsonObject("securitySchemes").containsKey("basic"));
    }

    @Test
    void theUserInterfaceBrowsesIt() {
        TestServer.Reply ui = TestServer.send(TestServer.request(TestServer.BASE + "/openapi/ui/", null)
                .header("Accept", "text/html")
                .GET()
                .build());
        assertEquals(200, ui.status(), ui.toString());
        assertTrue(ui.contentType().startsWith("text/html"), ui.contentType());
        // the module's API only: the bank simulator deployed beside it is not described
        assertTrue(document().getJsonObject("paths").keySet().stream().noneMatch(p -> p.contains("simulator")));
    }

    private static JsonObject document() {
        TestServer.Reply r = TestServer.send(TestServer.request(TestServer.BASE + "/openapi?format=JSON", null)
                .GET()
                .build());
        assertEquals(200, r.status(), r.toString());
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    /** "{id: [0-9]+}" and "{id}" are the same path parameter. */
    private static String normalized(String path) {
        return path.replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+$", "");
    }

    /** "verb /api/v1/path" of every resource method, read from the web module's compiled classes. */
    private static List<String> resourceMethods() throws IOException, ClassNotFoundException {
        java.nio.file.Path web = java.nio.file.Path.of("..", "web-module", "target", "classes");
        java.nio.file.Path ejb = java.nio.file.Path.of("..", "ejb-module", "target", "classes");
        TreeSet<String> found = new TreeSet<>();
        try (URLClassLoader loader = new URLClassLoader(
                        new URL[] {web.toUri().toURL(), ejb.toUri().toURL()}, ApiDescriptionIT.class.getClassLoader());
                Stream<java.nio.file.Path> files = Files.walk(web.resolve("dev/vpos/web/rest"))) {
            for (java.nio.file.Path f :
                    files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = web.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c;
                try {
                    c = Class.forName(name, false, loader);
                } catch (LinkageError notAResource) {
                    continue; // e.g. the description's own filter, built on an API only the server has
                }
                Path root = c.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method m : c.getDeclaredMethods()) {
                    for (Map.Entry<Class<? extends Annotation>, String> verb : VERBS.entrySet()) {
                        if (m.isAnnotationPresent(verb.getKey())) {
                            Path sub = m.getAnnotation(Path.class);
                            String path =
                                    "/api/v1/" + strip(root.value()) + (sub == null ? "" : "/" + strip(sub.value()));
                            found.add(verb.getValue().toLowerCase(Locale.ROOT) + " "
                                    + normalized(path.replace("//", "/")));
                        }
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    private static String strip(String p) {
        return p.replaceAll("^/+|/+$", "");
    }
}
