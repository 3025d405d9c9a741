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
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
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

    /**
     * Issue #15 item 4: every resource method that answers JSON answers with a web DTO, so its schema in /openapi has
     * its properties (Open Liberty describes no properties for the EJB module's classes, issue 17069: the ~40
     * operations that returned application records had empty schemas). A list's items and a page's items too.
     */
    @Test
    void everyJsonAnswerIsDescribedWithItsProperties() throws Exception {
        JsonObject doc = document();
        JsonObject schemas = doc.getJsonObject("components").getJsonObject("schemas");
        List<String> withoutProperties = new ArrayList<>();
        Map<String, Type> answers = jsonAnswers();
        assertTrue(answers.size() > 40, "the scan finds the API's JSON answers: " + answers.keySet());
        for (Map.Entry<String, Type> answer : answers.entrySet()) {
            String verb = answer.getKey().substring(0, answer.getKey().indexOf(' '));
            String path = answer.getKey().substring(answer.getKey().indexOf(' ') + 1);
            JsonObject operation = doc.getJsonObject("paths").entrySet().stream()
                    .filter(e -> normalized(e.getKey()).endsWith(path))
                    .map(e -> e.getValue().asJsonObject().getJsonObject(verb))
                    .filter(o -> o != null)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("not in /openapi: " + answer.getKey()));
            JsonObject schema = operation.getJsonObject("responses").values().stream()
                    .map(r -> r.asJsonObject().getJsonObject("content"))
                    .filter(c -> c != null && c.containsKey("application/json"))
                    .map(c -> c.getJsonObject("application/json").getJsonObject("schema"))
                    .findFirst()
                    .orElse(null);
            JsonObject described = schema == null ? null : element(schema, schemas);
            if (described == null
                    || !described.containsKey("properties")
                    || described.getJsonObject("properties").isEmpty()) {
                withoutProperties.add(answer.getKey() + " " + schema);
            } else if (answer.getValue() instanceof ParameterizedType page
                    && page.getRawType().getTypeName().endsWith(".PageResponse")) {
                JsonObject items = described.getJsonObject("properties").getJsonObject("items");
                JsonObject item = items == null ? null : element(items, schemas);
                if (item == null
                        || !item.containsKey("properties")
                        || item.getJsonObject("properties").isEmpty()) {
                    withoutProperties.add(answer.getKey() + " (page items) " + items);
                }
            }
        }
        assertEquals(List.of(), withoutProperties, "JSON answers whose schema has no properties");
    }

    /** The object a schema describes: its reference followed, an array's items. */
    private static JsonObject element(JsonObject schema, JsonObject schemas) {
        if (schema.containsKey("$ref")) {
            String ref = schema.getString("$ref");
            return element(schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1)), schemas);
        }
        if (schema.containsKey("items")) {
            return element(schema.getJsonObject("items"), schemas);
        }
        return schema;
    }

    /** "verb /api/v1/path" of every resource method answering a web DTO (or a list or page of them), with its type. */
    private static Map<String, Type> jsonAnswers() throws IOException, ClassNotFoundException {
        Map<String, Type> answers = new TreeMap<>();
        forEachResourceMethod((endpoint, m) -> {
            Type type = m.getGenericReturnType();
            Type element = type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                    ? p.getActualTypeArguments()[0]
                    : type;
            if (element instanceof Class<?> c && c.getPackageName().startsWith("dev.vpos.web.rest")) {
                answers.put(endpoint, type);
            }
        });
        return answers;
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
        TreeSet<String> found = new TreeSet<>();
        forEachResourceMethod((endpoint, m) -> found.add(endpoint));
        return List.copyOf(found);
    }

    private static void forEachResourceMethod(BiConsumer<String, Method> action)
            throws IOException, ClassNotFoundException {
        java.nio.file.Path web = java.nio.file.Path.of("..", "web-module", "target", "classes");
        java.nio.file.Path ejb = java.nio.file.Path.of("..", "ejb-module", "target", "classes");
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
                            action.accept(
                                    verb.getValue().toLowerCase(Locale.ROOT) + " "
                                            + normalized(path.replace("//", "/")),
                                    m);
                        }
                    }
                }
            }
        }
    }

    private static String strip(String p) {
        return p.replaceAll("^/+|/+$", "");
    }
}
