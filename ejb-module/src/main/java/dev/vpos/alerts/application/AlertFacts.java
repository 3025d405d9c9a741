package dev.vpos.alerts.application;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Map;
import java.util.TreeMap;

/** An alert's facts as stored: a JSON object of strings, keys sorted so the same facts always read the same. */
final class AlertFacts {

    private AlertFacts() {}

    static String write(Map<String, String> facts) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        new TreeMap<>(facts).forEach((k, v) -> b.add(k, v == null ? "" : v));
        String json = b.build().toString();
        if (json.length() > 4000) {
            throw new IllegalArgumentException("an alert's facts are limited to 4000 characters");
        }
        return json;
    }

    static Map<String, String> read(String json) {
        Map<String, String> facts = new TreeMap<>();
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            o.forEach((k, v) -> facts.put(
                    k, v.getValueType() == JsonValue.ValueType.STRING ? ((JsonString) v).getString() : v.toString()));
        }
        return facts;
    }
}
