package dev.vpos.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a JSON value against a schema of an OpenAPI 3.1 document (the subset the API's description uses:
 * {@code $ref} into the document's components, {@code type} — one or a list, "null" included —, {@code properties},
 * {@code required}, {@code items}, {@code enum}, {@code additionalProperties: false}, {@code allOf}, {@code anyOf},
 * {@code oneOf}). Each problem is reported with the JSON pointer of the value, so a failing example says where it is
 * wrong.
 */
final class SchemaCheck {

    private final JsonObject document;

    SchemaCheck(JsonObject document) {
        this.document = document;
    }

    /** The problems of {@code value} against {@code schema}; empty when it conforms. */
    List<String> problems(JsonValue value, JsonObject schema) {
        List<String> problems = new ArrayList<>();
        check(value, schema, "", problems, 0);
        return problems;
    }

    private void check(JsonValue value, JsonObject schema, String at, List<String> problems, int depth) {
        if (depth > 40) {
            problems.add(at + ": schema nesting too deep (a $ref cycle?)");
            return;
        }
        if (schema.containsKey("$ref")) {
            check(value, resolve(schema.getString("$ref")), at, problems, depth + 1);
        }
        if (schema.containsKey("type")) {
            List<String> types = types(schema.get("type"));
            if (types.stream().noneMatch(t -> is(value, t))) {
                problems.add(at + ": " + kind(value) + " where the schema says " + types);
                return;
            }
        }
        if (schema.containsKey("enum")
                && !schema.getJsonArray("enum").contains(value)
                && value.getValueType() != JsonValue.ValueType.NULL) {
            problems.add(at + ": " + value + " is not one of " + schema.getJsonArray("enum"));
        }
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            object(value.asJsonObject(), schema, at, problems, depth);
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY && schema.containsKey("items")) {
            JsonArray array = value.asJsonArray();
            for (int i = 0; i < array.size(); i++) {
                check(array.get(i), schema.getJsonObject("items"), at + "/" + i, problems, depth + 1);
            }
        }
        if (schema.containsKey("allOf")) {
            for (JsonValue part : schema.getJsonArray("allOf")) {
                check(value, part.asJsonObject(), at, problems, depth + 1);
            }
        }
        for (String alternatives : List.of("anyOf", "oneOf")) {
            if (schema.containsKey(alternatives)) {
                boolean any = schema.getJsonArray(alternatives).stream()
                        .anyMatch(part -> problems(value, part.asJsonObject()).isEmpty());
                if (!any) {
                    problems.add(at + ": matches none of " + alternatives);
                }
            }
        }
    }

    private void object(JsonObject value, JsonObject schema, String at, List<String> problems, int depth) {
        JsonObject properties = schema.containsKey("properties") ? schema.getJsonObject("properties") : null;
        if (schema.containsKey("required")) {
            for (JsonValue name : schema.getJsonArray("required")) {
                String field = ((JsonString) name).getString();
                if (!value.containsKey(field)) {
                    problems.add(at + ": required " + field + " is missing");
                }
            }
        }
        for (String field : value.keySet()) {
            if (properties != null && properties.containsKey(field)) {
                check(value.get(field), properties.getJsonObject(field), at + "/" + field, problems, depth + 1);
            } else if (schema.containsKey("additionalProperties")
                    && schema.get("additionalProperties").getValueType() == JsonValue.ValueType.FALSE) {
                problems.add(at + "/" + field + ": not a property of the schema");
            } else if (properties != null && !schema.containsKey("additionalProperties")) {
                // the generated schemas list every property of the API's types: an unknown one is a typo
                problems.add(at + "/" + field + ": not a property of the schema " + properties.keySet());
            }
        }
    }

    JsonObject resolve(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalArgumentException("only references into the document: " + ref);
        }
        JsonValue node = document;
        for (String part : ref.substring(2).split("/")) {
            node = node.asJsonObject().get(part.replace("~1", "/").replace("~0", "~"));
            if (node == null) {
                throw new IllegalArgumentException("no " + ref + " in the document");
            }
        }
        return node.asJsonObject();
    }

    private static List<String> types(JsonValue type) {
        if (type.getValueType() == JsonValue.ValueType.STRING) {
            return List.of(((JsonString) type).getString());
        }
        return type.asJsonArray().stream()
                .map(t -> ((JsonString) t).getString())
                .toList();
    }

    private static boolean is(JsonValue value, String type) {
        return switch (type) {
            case "object" -> value.getValueType() == JsonValue.ValueType.OBJECT;
            case "array" -> value.getValueType() == JsonValue.ValueType.ARRAY;
            case "string" -> value.getValueType() == JsonValue.ValueType.STRING;
            case "number" -> value.getValueType() == JsonValue.ValueType.NUMBER;
            case "integer" -> value.getValueType() == JsonValue.ValueType.NUMBER && ((JsonNumber) value).isIntegral();
            case "boolean" ->
                Set.of(JsonValue.ValueType.TRUE, JsonValue.ValueType.FALSE).contains(value.getValueType());
            case "null" -> value.getValueType() == JsonValue.ValueType.NULL;
            default -> false;
        };
    }

    private static String kind(JsonValue value) {
        return value.getValueType().name().toLowerCase(Locale.ROOT) + " " + value;
    }
}
