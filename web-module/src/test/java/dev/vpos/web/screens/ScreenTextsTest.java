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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The staff screens' texts (assets/i18n/en|tr|ar.json) are complete in every language, every key the pages use
 * exists, and nothing in the pages needs 'unsafe-inline' or eval under a content-security policy.
 */
class ScreenTextsTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path TEXTS = WEBAPP.resolve("assets/i18n");
    /** Codes the server sends, in words: English shows the code itself, the other languages translate them. */
    private static final Set<String> LABEL_KINDS = Set.of(
            "state",
            "outcome",
            "channel",
            "operation",
            "operationKind",
            "saleKind",
            "batchKind",
            "batchStatus",
            "batchSource",
            "batchReconciliation",
            "document",
            "notification",
            "role",
            "environment",
            "paymentModel",
            "auditAction",
            "dayStatus",
            "importStatus",
            "resolution",
            "pruneTrigger",
            "apiField");

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
    @ValueSource(strings = {"tr", "ar"})
    void everyEnglishTextIsTranslatedWithTheSamePlaceholders(String language) throws IOException {
        Map<String, String> en = texts("en");
        Map<String, String> other = texts(language);
        Set<String> missing = new TreeSet<>(en.keySet());
        missing.removeAll(other.keySet());
        assertEquals(Set.of(), missing, language + " lacks texts");
        for (String key : en.keySet()) {
            assertEquals(placeholders(en.get(key)), placeholders(other.get(key)), language + " " + key);
        }
        other.keySet().stream()
                .filter(k -> !en.containsKey(k))
                .forEach(k -> assertTrue(
                        LABEL_KINDS.contains(k.substring(0, k.lastIndexOf('.'))),
                        language + ": " + k + " is neither an English text nor a code's label"));
    }

    @Test
    void turkishAndArabicHaveTheSameTexts() throws IOException {
        Set<String> onlyOne = new TreeSet<>(texts("tr").keySet());
        onlyOne.addAll(texts("ar").keySet());
        Set<String> both = new TreeSet<>(texts("tr").keySet());
        both.retainAll(texts("ar").keySet());
        onlyOne.removeAll(both);
        assertEquals(Set.of(), onlyOne, "in one of Turkish and Arabic only");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "tr", "ar"})
    void noTextIsBlank(String language) throws IOException {
        texts(language).forEach((k, v) -> assertFalse(v.isBlank(), language + " " + k));
    }

    @Test
    void everyKeyThePagesUseHasAnEnglishText() throws IOException {
        Map<String, String> en = texts("en");
        Set<String> used = new TreeSet<>();
        for (Path page : files(".html")) {
            Matcher m = Pattern.compile("data-i18n(?:-[a-z-]+)?=\"([^\"]+)\"").matcher(read(page));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        for (Path script : files(".js")) {
            Matcher m = Pattern.compile("\\bt\\('([\\w.]+)'").matcher(read(script));
            while (m.find()) {
                if (!m.group(1).endsWith(".")) {
                    used.add(m.group(1));
                }
            }
        }
        used.removeAll(en.keySet());
        assertEquals(Set.of(), used, "keys without an English text");
    }

    @Test
    void pagesNeedNeitherInlineScriptNorInlineStyle() throws IOException {
        for (Path page : files(".html")) {
            String html = read(page);
            assertFalse(Pattern.compile("<script(?![^>]*\\ssrc=)").matcher(html).find(), page + ": inline <script>");
            assertFalse(Pattern.compile("\\sstyle=").matcher(html).find(), page + ": style attribute");
            assertFalse(Pattern.compile("<style").matcher(html).find(), page + ": <style> element");
            assertFalse(
                    Pattern.compile("\\son[a-z]+=", Pattern.CASE_INSENSITIVE)
                            .matcher(html)
                            .find(),
                    page + ": on*=");
            assertFalse(html.contains("javascript:"), page + ": javascript: URL");
        }
        for (Path script : files(".js")) {
            String js = read(script);
            for (String forbidden : List.of(
                    "innerHTML",
                    "outerHTML",
                    "insertAdjacentHTML",
                    "document.write",
                    "eval(",
                    "new Function",
                    "setTimeout('",
                    "setAttribute('style'",
                    ".style.",
                    "javascript:")) {
                assertFalse(js.contains(forbidden), script + " uses " + forbidden);
            }
            assertFalse(Pattern.compile("\\.on[a-z]+\\s*=").matcher(js).find(), script + ": on* handler property");
        }
    }

    @Test
    void everyStaffScreenLoadsTheSharedModuleFirst() throws IOException {
        for (Path page : files(".html")) {
            String html = read(page);
            Matcher scripts = Pattern.compile("<script src=\"([^\"]+)\"").matcher(html);
            assertTrue(scripts.find() && scripts.group(1).equals("assets/vpos.js"), page + " loads vpos.js first");
            assertTrue(html.contains("<html lang=\"en\" class=\"loading\">"), page + " waits for its texts");
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

    private static List<Path> files(String suffix) throws IOException {
        Path root = suffix.equals(".html") ? WEBAPP : WEBAPP.resolve("assets");
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
