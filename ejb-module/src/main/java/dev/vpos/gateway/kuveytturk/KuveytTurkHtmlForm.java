package dev.vpos.gateway.kuveytturk;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first form of the HTML page the bank answers to an enrollment: where it posts and its named inputs. Used only
 * to see whether the bank already refused (the form then posts an {@code AuthenticationResponse} to our fail URL).
 */
record KuveytTurkHtmlForm(String action, Map<String, String> fields) {

    private static final Pattern FORM =
            Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.CASE_INSENSITIVE);

    static Optional<KuveytTurkHtmlForm> parse(String html) {
        Matcher form = FORM.matcher(html);
        if (!form.find()) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(form.group(2));
        while (input.find()) {
            String name = attribute(input.group(1), "name");
            String value = attribute(input.group(1), "value");
            if (name != null && value != null) {
                fields.put(name, value);
            }
        }
        return Optional.of(new KuveytTurkHtmlForm(
                Optional.ofNullable(attribute(form.group(1), "action")).orElse(""), fields));
    }

    static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("\\b" + name + "\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')", Pattern.CASE_INSENSITIVE)
                .matcher(attributes);
        if (!m.find()) {
            return null;
        }
        return unescape(m.group(1) != null ? m.group(1) : m.group(2));
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&#x27;", "'")
                .replace("&amp;", "&");
    }
}
