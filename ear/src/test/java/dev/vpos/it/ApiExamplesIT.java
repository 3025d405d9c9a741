package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Issue #17: the API description's examples are true to its schemas — every example of a request body or an answer in
 * {@code /openapi} validates against the schema beside it — and the money-moving operations and the error model have
 * examples an integrator can start from. The sale's example is also sent as it stands (with the demo company's ids) and
 * charged.
 */
class ApiExamplesIT {

    /** Operations an integrator starts with: each has a request example (where it takes a body) and answer examples. */
    private static final List<String> WITH_EXAMPLES = List.of(
            "post /api/v1/collections",
            "post /api/v1/collections/{reference}/refund",
            "post /api/v1/collections/{reference}/void",
            "post /api/v1/collections/{reference}/capture",
            "get /api/v1/collections/{reference}",
            "post /api/v1/checkout-sessions");

    private static final JsonObject NO_SCHEMA = Json.createObjectBuilder().build();

    @Test
    void everyExampleValidatesAgainstItsSchema() {
        JsonObject doc = document();
        SchemaCheck check = new SchemaCheck(doc);
        Map<String, JsonObject> examples = examples(doc);
        assertTrue(examples.size() >= 10, "examples in the description: " + examples.keySet());
        List<String> problems = new ArrayList<>();
        examples.forEach((where, example) -> {
            if (example.getJsonObject("schema") == NO_SCHEMA) {
                problems.add(where + "an example without a schema");
                return;
            }
            for (String p : check.problems(example.get("value"), example.getJsonObject("schema"))) {
                problems.add(where + p);
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void theOperationsAnIntegratorStartsWithHaveExamplesOfTheirRequestsAndAnswers() {
        Map<String, JsonObject> examples = examples(document());
        for (String operation : WITH_EXAMPLES) {
            assertTrue(
                    examples.keySet().stream().anyMatch(k -> k.startsWith(operation + " response ")),
                    operation + " has an answer example: " + examples.keySet());
            if (operation.startsWith("post") && !operation.endsWith("/void")) {
                assertTrue(
                        examples.keySet().stream().anyMatch(k -> k.startsWith(operation + " request ")),
                        operation + " has a request example: " + examples.keySet());
            }
        }
        // the error model by example: a 400 naming the field and the reason
        assertTrue(
                examples.keySet().stream().anyMatch(k -> k.startsWith("post /api/v1/collections response 400 ")),
                examples.keySet().toString());
    }

    @Test
    void theSalesExampleIsASaleTheModuleTakes() {
        JsonObject sale = examples(document()).entrySet().stream()
                .filter(e -> e.getKey().startsWith("post /api/v1/collections request "))
                .findFirst()
                .orElseThrow()
                .getValue()
                .getJsonObject("value");
        long company = Sales.demoCompanyId();
        JsonObject body = Json.createObjectBuilder(sale)
                .add("companyId", company)
                .add("customerAccountId", Sales.firstCustomerAccountId(company))
                .add("definitionId", FamilyOperationsIT.definition(company, "EST", "REGULAR"))
                .build();
        TestServer.Reply reply = Sales.post(body.toString(), "collector");
        assertEquals(201, reply.status(), reply.toString());
        JsonObject answer = Json.createReader(new StringReader(reply.body())).readObject();
        assertEquals("APPROVED", answer.getString("state"), answer.toString());
    }

    /**
     * Every example of the document with the schema it must satisfy, keyed "verb path request|response [status]
     * mediaType name: ".
     */
    private static Map<String, JsonObject> examples(JsonObject doc) {
        Map<String, JsonObject> found = new TreeMap<>();
        doc.getJsonObject("paths")
                .forEach((path, item) -> item.asJsonObject().forEach((verb, op) -> {
                    if (op.getValueType() != JsonValue.ValueType.OBJECT
                            || !op.asJsonObject().containsKey("responses")) {
                        return;
                    }
                    String operation = verb + " " + normalized(path);
                    JsonObject operationObject = op.asJsonObject();
                    if (operationObject.containsKey("requestBody")) {
                        collect(operation + " request ", operationObject.getJsonObject("requestBody"), found);
                    }
                    operationObject
                            .getJsonObject("responses")
                            .forEach((status, response) ->
                                    collect(operation + " response " + status + " ", response.asJsonObject(), found));
                }));
        return found;
    }

    private static void collect(String where, JsonObject bodyOrResponse, Map<String, JsonObject> found) {
        if (!bodyOrResponse.containsKey("content")) {
            return;
        }
        bodyOrResponse.getJsonObject("content").forEach((mediaType, media) -> {
            JsonObject m = media.asJsonObject();
            if (!m.containsKey("schema")) {
                if (m.containsKey("example") || m.containsKey("examples")) {
                    found.put(where + mediaType + ": ", pair(JsonValue.NULL, NO_SCHEMA));
                }
                return;
            }
            if (m.containsKey("example")) {
                found.put(where + mediaType + " example: ", pair(m.get("example"), m.getJsonObject("schema")));
            }
            if (m.containsKey("examples")) {
                m.getJsonObject("examples")
                        .forEach((name, example) -> found.put(
                                where + mediaType + " " + name + ": ",
                                pair(example.asJsonObject().get("value"), m.getJsonObject("schema"))));
            }
        });
    }

    private static JsonObject pair(JsonValue value, JsonObject schema) {
        return Json.createObjectBuilder()
                .add("value", value == null ? JsonValue.NULL : value)
                .add("schema", schema)
                .build();
    }

    private static JsonObject document() {
        TestServer.Reply r = TestServer.send(TestServer.request(TestServer.BASE + "/openapi?format=JSON", null)
                .GET()
                .build());
        assertEquals(200, r.status(), r.toString());
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    /** "/vpos/api/v1/x/{id: [0-9]+}" is "/api/v1/x/{id}". */
    private static String normalized(String path) {
        return path.replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}")
                .replaceAll("/+$", "")
                .replaceFirst("^/vpos", "");
    }
}
