package dev.vpos.web.rest;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The API description's examples, kept as JSON in {@code api-examples.json} beside this class: per operation
 * ("post /collections") request examples and answer examples by status, taken from the module's real answers against
 * the bank simulator. An error status the operation does not list yet is added with the {@code Error} schema.
 * ApiExamplesIT checks every example against its schema, so they cannot drift from the API.
 */
final class ApiExamples {

    private static final String JSON = "application/json";
    private static final String ERROR = "#/components/schemas/Error";

    private final JsonObject examples;

    private ApiExamples(JsonObject examples) {
        this.examples = examples;
    }

    static ApiExamples load() {
        try (InputStream in = ApiExamples.class.getResourceAsStream("api-examples.json");
                JsonReader reader = Json.createReader(in)) {
            return new ApiExamples(reader.readObject());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the examples of {@code operation}, found as "verb path" with the path relative to /api/v1. */
    void addTo(String path, PathItem.HttpMethod verb, Operation operation) {
        String key = verb.name().toLowerCase(Locale.ROOT) + " " + relative(path);
        if (!examples.containsKey(key)) {
            return;
        }
        JsonObject of = examples.getJsonObject(key);
        if (of.containsKey("request") && operation.getRequestBody() != null) {
            addExamples(json(operation.getRequestBody().getContent()), of.getJsonObject("request"));
        }
        if (of.containsKey("responses")) {
            of.getJsonObject("responses").forEach((status, byName) -> {
                APIResponse response = response(operation, status);
                addExamples(json(response.getContent()), byName.asJsonObject());
            });
        }
    }

    private static APIResponse response(Operation operation, String status) {
        APIResponse response = operation.getResponses().getAPIResponse(status);
        if (response == null) {
            response = OASFactory.createAPIResponse()
                    .description("bad input: each field and why; nothing was changed")
                    .content(OASFactory.createContent()
                            .addMediaType(
                                    JSON,
                                    OASFactory.createMediaType()
                                            .schema(OASFactory.createSchema().ref(ERROR))));
            operation.getResponses().addAPIResponse(status, response);
        }
        return response;
    }

    private static MediaType json(Content content) {
        return content == null ? null : content.getMediaType(JSON);
    }

    private static void addExamples(MediaType media, JsonObject byName) {
        if (media == null) {
            return;
        }
        byName.forEach((name, example) -> media.addExample(
                name,
                OASFactory.createExample()
                        .summary(example.asJsonObject().getString("summary"))
                        .value(plain(example.asJsonObject().get("value")))));
    }

    /** "/vpos/api/v1/collections/{reference: [A-Za-z0-9-]+}" is "/collections/{reference}". */
    private static String relative(String path) {
        String p = path.replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+$", "");
        int api = p.indexOf("/api/v1");
        return api < 0 ? p : p.substring(api + "/api/v1".length());
    }

    /** JSON as the plain values the description's writer knows: maps, lists, text, decimals as written, booleans. */
    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                value.asJsonObject().forEach((k, v) -> map.put(k, plain(v)));
                yield map;
            }
            case ARRAY -> {
                List<Object> list = new ArrayList<>();
                value.asJsonArray().forEach(v -> list.add(plain(v)));
                yield list;
            }
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }
}
