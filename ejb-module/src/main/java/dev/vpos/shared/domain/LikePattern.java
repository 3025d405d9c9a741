package dev.vpos.shared.domain;

/**
 * A user's search text inside a SQL {@code LIKE} pattern, taken literally: {@code %}, {@code _} and the escape
 * character itself are escaped with a backslash, for a clause written {@code like ? escape '\'} (PostgreSQL and H2).
 */
public final class LikePattern {

    private LikePattern() {}

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char ch : text.toCharArray()) {
            if (ch == '\\' || ch == '%' || ch == '_') {
                out.append('\\');
            }
            out.append(ch);
        }
        return out.toString();
    }
}
