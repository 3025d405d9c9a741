package dev.vpos.it;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Plays the payer's browser through server-rendered pages without JavaScript: reads the first form of a page (its
 * action and fields, the first submit button only) and posts it, so that a test can follow the 3-D Secure hops
 * (our auto-submitting form → bank gate → ACS page → bank's auto-submitting callback → our callback).
 */
final class HtmlForms {

    private static final Pattern FORM =
            Pattern.compile("<form([^>]*)>(.*?)</form>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern FIELD = Pattern.compile("<(input|button|textarea)([^>]*)>", Pattern.CASE_INSENSITIVE);

    private HtmlForms() {}

    /** A form as a browser would send it. */
    record Form(URI action, Map<String, String> fields, boolean get) {

        Form(URI action, Map<String, String> fields) {
            this(action, fields, false);
        }
    }

    static Form first(URI page, String html) {
        Matcher m = FORM.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no form on " + page + ":\n" + html);
        }
        String action = attr(m.group(1), "action");
        Map<String, String> fields = new LinkedHashMap<>();
        boolean submitTaken = false;
        Matcher f = FIELD.matcher(m.group(2));
        while (f.find()) {
            String attrs = f.group(2);
            String name = attr(attrs, "name");
            if (name == null) {
                continue;
            }
            String type = attr(attrs, "type");
            boolean submit = "submit".equalsIgnoreCase(type)
                    || ("button".equalsIgnoreCase(f.group(1)) && !"button".equalsIgnoreCase(type));
            if (submit) {
                if (submitTaken) {
                    continue;
                }
                submitTaken = true;
            }
            String value = attr(attrs, "value");
            fields.put(name, value == null ? "" : unescape(value));
        }
        URI target = action == null || action.isBlank() ? page : page.resolve(unescape(action));
        return new Form(target, fields, "get".equalsIgnoreCase(attr(m.group(1), "method")));
    }

    static TestServer.Reply submit(Form form, UnaryOperator<Map<String, String>> edit) {
        Map<String, String> fields = edit.apply(new LinkedHashMap<>(form.fields()));
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        if (form.get()) {
            // a form of method GET (Param's 3D Pay page): the fields replace the action's query, as a browser does
            String base = form.action().toString().replaceFirst("\\?.*$", "");
            return TestServer.send(
                    HttpRequest.newBuilder(URI.create(base + "?" + body)).GET().build());
        }
        return TestServer.send(HttpRequest.newBuilder(form.action())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static String attr(String attrs, String name) {
        Matcher m = Pattern.compile(
                        "\\b" + name + "\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|([^\\s>]+))", Pattern.CASE_INSENSITIVE)
                .matcher(attrs);
        if (!m.find()) {
            return null;
        }
        return m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
    }

    private static String unescape(String s) {
        return s.replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&#x2F;", "/")
                .replace("&#47;", "/")
                .replace("&amp;", "&");
    }
}
