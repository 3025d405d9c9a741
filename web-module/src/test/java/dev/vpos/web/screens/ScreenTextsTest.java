package dev.vpos.web.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.shared.domain.Language;
import dev.vpos.web.i18n.TranslationReport;
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

/**
 * The staff screens' texts (assets/i18n/en|tr|ar|el|it|ru.json) are complete in every language the module speaks,
 * every key the pages use exists, and nothing in the pages needs 'unsafe-inline' or eval under a content-security
 * policy.
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

    /** Every language the module speaks but English: the screens speak them all. */
    static List<String> translations() {
        return Stream.of(Language.values())
                .filter(l -> l != Language.EN)
                .map(Language::tag)
                .toList();
    }

    @Test
    void everyEnglishTextIsTranslatedInEveryLanguageWithTheSamePlaceholders() throws IOException {
        Map<String, String> en = texts("en");
        TranslationReport report = new TranslationReport("assets/i18n/<language>.json", en);
        for (String language : translations()) {
            assertTrue(Files.exists(TEXTS.resolve(language + ".json")), "no assets/i18n/" + language + ".json");
            Map<String, String> other = texts(language);
            for (String key : en.keySet()) {
                if (!other.containsKey(key)) {
                    report.missing(language, key);
                } else if (!placeholders(en.get(key)).equals(placeholders(other.get(key)))) {
                    report.placeholdersDiffer(language, key);
                }
            }
            other.keySet().stream()
                    .filter(k -> !en.containsKey(k) && !isCodeLabel(k))
                    .forEach(k -> report.extra(language, k));
        }
        assertTrue(report.clean(), report::toString);
    }

    /** A code the server sends, in words: English shows the code itself, the other languages translate it. */
    private static boolean isCodeLabel(String key) {
        return key.contains(".") && LABEL_KINDS.contains(key.substring(0, key.lastIndexOf('.')));
    }

    @Test
    void everyTranslationLabelsTheSameCodes() throws IOException {
        Map<String, String> turkish = texts("tr");
        Set<String> labels = new TreeSet<>(turkish.keySet());
        labels.removeIf(k -> !isCodeLabel(k));
        TranslationReport report = new TranslationReport("code labels in assets/i18n/<language>.json", turkish);
        for (String language : translations()) {
            Map<String, String> other = texts(language);
            labels.stream().filter(k -> !other.containsKey(k)).forEach(k -> report.missing(language, k));
            other.keySet().stream()
                    .filter(k -> isCodeLabel(k) && !labels.contains(k))
                    .forEach(k -> report.extra(language, k));
        }
        assertTrue(report.clean(), report::toString);
    }

    @Test
    void theLanguagePickerOffersEveryLanguageTheModuleSpeaks() throws IOException {
        String js = read(WEBAPP.resolve("assets/vpos.js"));
        Matcher m = Pattern.compile("\\{ tag: '([a-z]+)', name: '[^']+', rtl: (true|false) }")
                .matcher(js);
        Map<String, Boolean> offered = new TreeMap<>();
        while (m.find()) {
            offered.put(m.group(1), Boolean.valueOf(m.group(2)));
        }
        Map<String, Boolean> spoken = new TreeMap<>();
        for (Language l : Language.values()) {
            spoken.put(l.tag(), l.rightToLeft());
        }
        assertEquals(spoken, offered, "vpos.js LANGUAGES (tag and direction) against dev.vpos.shared.domain.Language");
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
