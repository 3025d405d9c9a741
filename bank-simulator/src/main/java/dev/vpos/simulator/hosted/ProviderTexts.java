package dev.vpos.simulator.hosted;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The simulated providers' own page texts in the payers' six languages (tr, en, ar, el, it, ru), as the real hosted
 * pages have them: {@code hosted/texts_<lang>.properties} (UTF-8, MessageFormat patterns: an apostrophe is written
 * {@code ''}). A language a page was not
 * given, or one it does not have, is English. Arabic pages are right to left.
 */
public final class ProviderTexts {

    public static final List<String> LANGUAGES = List.of("tr", "en", "ar", "el", "it", "ru");

    private static final Map<String, Properties> LOADED = new ConcurrentHashMap<>();

    private final String language;
    private final Properties texts;

    private ProviderTexts(String language) {
        this.language = language;
        this.texts = LOADED.computeIfAbsent(language, ProviderTexts::load);
    }

    /** The texts for a language as a provider receives it ({@code "tr"}, {@code "AR"}, {@code "ar-SA"}; null: en). */
    public static ProviderTexts of(String requested) {
        String l = requested == null ? "" : requested.trim().toLowerCase(Locale.ROOT);
        int dash = l.indexOf('-');
        l = dash > 0 ? l.substring(0, dash) : l;
        // myPOS writes Greek as GR
        l = "gr".equals(l) ? "el" : l;
        return new ProviderTexts(LANGUAGES.contains(l) ? l : "en");
    }

    public String language() {
        return language;
    }

    /** {@code rtl} for Arabic, else {@code ltr}. */
    public String direction() {
        return "ar".equals(language) ? "rtl" : "ltr";
    }

    /** The text of {@code key} with its arguments, not escaped. */
    public String text(String key, Object... args) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no simulator page text " + key + " in " + language);
        }
        return new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    /** As {@link #text}, HTML-escaped. */
    public String html(String key, Object... args) {
        return HostedPages.escape(text(key, args));
    }

    /** The text of {@code key}, escaped, with arguments that are HTML already (escaped by the caller). */
    public String htmlWith(String key, String... htmlArgs) {
        Object[] markers = new Object[htmlArgs.length];
        for (int i = 0; i < markers.length; i++) {
            markers[i] = "\uE000" + i + "\uE001";
        }
        String html = html(key, markers);
        for (int i = 0; i < htmlArgs.length; i++) {
            html = html.replace("\uE000" + i + "\uE001", htmlArgs[i]);
        }
        return html;
    }

    private static Properties load(String language) {
        Properties p = new Properties();
        String name = "/hosted/texts_" + language + ".properties";
        try (InputStream in = ProviderTexts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
