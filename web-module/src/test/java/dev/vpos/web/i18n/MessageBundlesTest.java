package dev.vpos.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.shared.domain.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The server's own texts (dev/vpos/web/i18n/messages*.properties: field errors, refusals, the error page) exist in
 * every language the module speaks, with the same keys and the same arguments as English, and read as MessageFormat
 * patterns (every text goes through MessageFormat, so an apostrophe is written twice).
 */
class MessageBundlesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void everyEnglishMessageIsInEveryLanguageWithTheSameArguments() throws IOException {
        Map<String, String> en = messages("");
        TranslationReport report = new TranslationReport("messages_<language>.properties", en);
        for (Language language : translations()) {
            Map<String, String> other = messages("_" + language.tag());
            for (String key : en.keySet()) {
                if (!other.containsKey(key)) {
                    report.missing(language.tag(), key);
                } else if (!arguments(en.get(key)).equals(arguments(other.get(key)))) {
                    report.placeholdersDiffer(language.tag(), key);
                }
            }
            other.keySet().stream().filter(k -> !en.containsKey(k)).forEach(k -> report.extra(language.tag(), k));
        }
        assertTrue(report.clean(), report::toString);
    }

    @Test
    void noMessageHasALoneApostropheOrIsBlank() throws IOException {
        Set<String> wrong = new TreeSet<>();
        for (Language language : Language.values()) {
            String suffix = language == Language.EN ? "" : "_" + language.tag();
            messages(suffix).forEach((key, text) -> {
                if (text.isBlank() || LONE_APOSTROPHE.matcher(text).find()) {
                    wrong.add(language.tag() + " " + key + " = " + text);
                }
            });
        }
        assertEquals(Set.of(), wrong, "blank, or an apostrophe MessageFormat would swallow (write it as '')");
    }

    @Test
    void eachLanguageAnswersInItsOwnWordsWithItsArguments() {
        assertEquals("must be between 1 and 12.", Messages.text(Locale.ENGLISH, "installments.range", 1, 12));
        assertEquals(
                "πρέπει να είναι από 1 έως 12.",
                Messages.text(Locale.forLanguageTag("el"), "installments.range", 1, 12));
        assertEquals(
                "deve essere compreso tra 1 e 12.",
                Messages.text(Locale.forLanguageTag("it-IT"), "installments.range", 1, 12));
        assertEquals(
                "должно быть от 1 до 12.", Messages.text(Locale.forLanguageTag("ru"), "installments.range", 1, 12));
        assertEquals(
                "non deve essere inferiore all'importo minimo.",
                Messages.text(Locale.forLanguageTag("it"), "definition.maxBelowMin"),
                "a doubled apostrophe reads as one");
    }

    @Test
    void theCallersFirstSpokenLanguageIsPicked() {
        assertEquals(
                Locale.forLanguageTag("ru"),
                Messages.pick(List.of(Locale.forLanguageTag("de"), Locale.forLanguageTag("ru-RU"), Locale.ENGLISH)));
        assertEquals(Locale.forLanguageTag("el"), Messages.pick(List.of(Locale.forLanguageTag("el-GR"))));
        assertEquals(Locale.forLanguageTag("it"), Messages.pick(List.of(Locale.forLanguageTag("it-CH"))));
    }

    private static List<Language> translations() {
        return Stream.of(Language.values()).filter(l -> l != Language.EN).toList();
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Map<String, String> messages(String suffix) throws IOException {
        String name = "/dev/vpos/web/i18n/messages" + suffix + ".properties";
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(name)) {
            assertNotNull(in, "no " + name);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new TreeMap<>();
            p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k)));
            assertFalse(texts.isEmpty(), name + " is empty");
            return texts;
        }
    }
}
