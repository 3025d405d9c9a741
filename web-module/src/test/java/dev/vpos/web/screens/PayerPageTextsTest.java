package dev.vpos.web.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The payer's page (WEB-INF/payer/pay.html, assets/payer/pay.js) has every text in the six languages of the markets
 * (assets/payer/i18n), each with the English text's placeholders, every key it uses exists, and it needs no inline
 * script or style, so the payer pages' Content-Security-Policy holds without a hash.
 */
class PayerPageTextsTest {

    private static final Path PAGE = Path.of("src/main/webapp/WEB-INF/payer/pay.html");
    private static final Path SCRIPT = Path.of("src/main/webapp/assets/payer/pay.js");
    private static final Path TEXTS = Path.of("src/main/webapp/assets/payer/i18n");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private static Map<String, String> texts(String language) throws IOException {
        try (JsonReader reader = Json.createReader(
                new StringReader(Files.readString(TEXTS.resolve(language + ".json"), StandardCharsets.UTF_8)))) {
            JsonObject o = reader.readObject();
            Map<String, String> texts = new TreeMap<>();
            o.forEach((k, v) -> texts.put(k, o.getString(k)));
            return texts;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr", "ar", "el", "it", "ru"})
    void everyTextIsInEveryLanguageWithTheSamePlaceholders(String language) throws IOException {
        Map<String, String> en = texts("en");
        Map<String, String> other = texts(language);
        assertEquals(en.keySet(), other.keySet(), language);
        for (String key : en.keySet()) {
            assertEquals(placeholders(en.get(key)), placeholders(other.get(key)), language + " " + key);
            assertFalse(other.get(key).isBlank(), language + " " + key);
        }
    }

    @Test
    void everyKeyThePageUsesHasAText() throws IOException {
        Set<String> used = new TreeSet<>();
        Matcher html = Pattern.compile("data-t=\"([^\"]+)\"").matcher(read(PAGE));
        while (html.find()) {
            used.add(html.group(1));
        }
        Matcher js = Pattern.compile("\\bt\\('([\\w.]+)'").matcher(read(SCRIPT));
        while (js.find()) {
            if (!js.group(1).endsWith(".")) {
                used.add(js.group(1));
            }
        }
        Matcher reasons = Pattern.compile("var REASONS = \\[([^\\]]+)]").matcher(read(SCRIPT));
        assertTrue(reasons.find(), "the reasons the page words itself");
        for (String r : reasons.group(1).split(",")) {
            used.add("reason." + r.trim().replace("'", ""));
        }
        for (String brand : List.of("visa", "mastercard", "amex", "troy", "discover")) {
            used.add("brand." + brand);
        }
        used.add("reason.other");
        used.removeAll(texts("en").keySet());
        assertEquals(Set.of(), used, "keys without a text");
    }

    @Test
    void thePageNeedsNeitherInlineScriptNorInlineStyle() throws IOException {
        String html = read(PAGE);
        assertFalse(Pattern.compile("<script(?![^>]*\\ssrc=)").matcher(html).find(), "inline <script>");
        assertFalse(html.contains(" style="), "style attribute");
        assertFalse(html.contains("<style"), "<style> element");
        assertFalse(
                Pattern.compile("\\son[a-z]+=", Pattern.CASE_INSENSITIVE)
                        .matcher(html)
                        .find(),
                "on*=");
        String js = read(SCRIPT);
        for (String forbidden : List.of(
                "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", ".style.")) {
            assertFalse(js.contains(forbidden), "pay.js uses " + forbidden);
        }
        assertFalse(Pattern.compile("\\.on[a-z]+\\s*=").matcher(js).find(), "on* handler property");
    }

    @Test
    void theStaticFormCarriesNoChoiceOfItsOwn() throws IOException {
        // a client without script posts the form as it is: no consent to keep the card, no saved card, no method
        String html = read(PAGE);
        for (String name : List.of("saveCard", "savedCard", "method", "view", "installments")) {
            assertFalse(html.contains("name=\"" + name + "\""), name);
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
