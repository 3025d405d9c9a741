package dev.vpos.web.pay;

/** Minimal HTML escaping for the server-rendered payment pages. */
final class Html {

    private Html() {}

    static String esc(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + esc(title) + "</title>"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                + "<style>body{font:15px system-ui,sans-serif;max-width:520px;margin:32px auto;color:#1d2733}"
                + "label{display:block;margin:10px 0 4px}input,select{font:inherit;padding:6px;width:100%;box-sizing:border-box}"
                + "button{font:inherit;padding:8px 18px;margin-top:16px}.err{color:#b00020}.ok{color:#0a7d32}"
                + ".muted{color:#667}input.check{width:auto}</style></head><body>" + body + "</body></html>";
    }
}
