package dev.vpos.simulator.hosted;

import java.util.Map;

/** The simulated providers' HTML: every value escaped; pages that post on by themselves keep a button for no-JS. */
public final class HostedPages {

    private HostedPages() {}

    public static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        value.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (cp >= 0x20 || cp == '\t' || cp == '\n' || cp == '\r') {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }

    public static String page(String title, String body) {
        return page(null, title, body);
    }

    /** A page in the texts' language and direction ({@code <html lang dir>}); null texts: no language said. */
    public static String page(ProviderTexts texts, String title, String body) {
        String html =
                texts == null ? "<html>" : "<html lang=\"" + texts.language() + "\" dir=\"" + texts.direction() + "\">";
        return "<!DOCTYPE html>\n" + html + "<head><meta charset=\"utf-8\"><title>" + escape(title) + "</title>"
                + "<style>body{font-family:sans-serif;max-width:32em;margin:2em auto}label{display:block;margin-top:.6em}"
                + ".err{color:#b00020}</style></head>\n<body>" + body + "</body></html>\n";
    }

    public static String hidden(Map<String, String> fields) {
        StringBuilder html = new StringBuilder();
        fields.forEach((name, value) -> html.append("<input type=\"hidden\" name=\"")
                .append(escape(name))
                .append("\" value=\"")
                .append(escape(value))
                .append("\">\n"));
        return html.toString();
    }

    /** A page that posts {@code fields} to {@code action} as soon as it loads. */
    public static String autoPost(String title, String action, Map<String, String> fields) {
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title></head>\n"
                + "<body onload=\"document.forms[0].submit()\">\n<form method=\"post\" action=\"" + escape(action)
                + "\">\n"
                + hidden(fields)
                + "<noscript><button type=\"submit\">Continue</button></noscript>\n</form></body></html>\n";
    }
}
