package dev.vpos.shared.domain;

/**
 * A user's search text inside a SQL {@code LIKE} pattern, taken literally: {@code %}, {@code _} and the escape
 * character {@code !} itself are escaped with {@code !}, for a clause written {@code like ? escape '!'} (PostgreSQL and
 * H2; not a backslash, which EclipseLink's native-query parser reads as escaping the closing quote).
 */
public final class LikePattern {

    /** The escape character, for the clause's {@code escape '!'}. */
    public static final char ESCAPE = '!';

    private LikePattern() {}

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char ch : text.toCharArray()) {
            if (ch == ESCAPE || ch == '%' || ch == '_') {
                out.append(ESCAPE);
            }
            out.append(ch);
        }
        return out.toString();
    }
}
