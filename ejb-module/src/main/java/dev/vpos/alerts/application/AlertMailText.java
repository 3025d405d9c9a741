package dev.vpos.alerts.application;

import dev.vpos.alerts.domain.AlertKind;
import dev.vpos.shared.domain.Language;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An alert's e-mail in the company's chosen language (en, tr, ar, el, it, ru; texts in
 * {@code dev/vpos/alerts/mail*.properties}, the same titles and sentences as the landing page): the subject names the
 * company, the kind and the definition; the body says what was found, lists every fact and where to acknowledge it.
 * A placeholder {@code {name}} is the fact of that name (plain replacement, so an apostrophe needs no escaping).
 */
final class AlertMailText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private AlertMailText() {}

    static String subject(Language language, String companyCode, AlertKind kind, Map<String, String> facts) {
        ResourceBundle texts = texts(language);
        String definition = facts.get("definition");
        return fill(
                        texts.getString("subject"),
                        Map.of("company", companyCode, "title", texts.getString("kind." + kind.name())))
                + (definition == null ? "" : " – " + definition);
    }

    static String body(
            Language language,
            long alertId,
            String companyCode,
            AlertKind kind,
            Map<String, String> facts,
            OffsetDateTime raisedAt) {
        ResourceBundle texts = texts(language);
        Map<String, String> values = new HashMap<>(facts);
        values.put("company", companyCode);
        values.put("title", texts.getString("kind." + kind.name()));
        values.put("kind", kind.name());
        values.put("id", String.valueOf(alertId));
        values.put("raisedAt", String.valueOf(raisedAt));
        StringBuilder b = new StringBuilder();
        b.append(fill(texts.getString("intro"), values)).append("\n\n");
        b.append(fill(texts.getString("text." + kind.name()), values)).append("\n\n");
        b.append(texts.getString("facts")).append('\n');
        facts.forEach((k, v) -> b.append("  ").append(k).append(": ").append(v).append('\n'));
        b.append('\n').append(fill(texts.getString("raised"), values)).append('\n');
        b.append(fill(texts.getString("acknowledge"), values)).append('\n');
        return b.toString();
    }

    /** The English title of a kind (the log and tests name kinds by it). */
    static String title(AlertKind kind) {
        return texts(Language.EN).getString("kind." + kind.name());
    }

    private static ResourceBundle texts(Language language) {
        return ResourceBundle.getBundle(
                "dev.vpos.alerts.mail",
                language.locale(),
                AlertMailText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text with each {name} replaced by its value; a name without a value stays as it is (visible, not lost). */
    static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        return m.appendTail(out).toString();
    }
}
