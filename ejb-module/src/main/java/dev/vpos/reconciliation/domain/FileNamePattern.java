package dev.vpos.reconciliation.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which files of the drop box's folder are settlement files: a name pattern where {@code *} is any run of characters
 * and {@code ?} one character, matched against the whole name (letter case ignored). {@code est-settlement-*.csv}
 * takes {@code est-settlement-2026-12-07.csv}, not {@code est-settlement-2026-12-07.csv.part} nor a hidden file.
 */
public final class FileNamePattern {

    private final String text;
    private final Pattern regex;

    private FileNamePattern(String text) {
        this.text = text;
        StringBuilder r = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '*' -> r.append(".*");
                case '?' -> r.append('.');
                default -> r.append(Pattern.quote(String.valueOf(c)));
            }
        }
        this.regex = Pattern.compile(r.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }

    /** Null when {@code text} is no usable pattern (blank, a path, a control character, longer than 200). */
    public static FileNamePattern parse(String text) {
        if (text == null || text.isBlank() || text.length() > 200) {
            return null;
        }
        String t = text.trim();
        if (t.contains("/") || t.contains("\\") || t.chars().anyMatch(Character::isISOControl)) {
            return null;
        }
        return new FileNamePattern(t);
    }

    public boolean matches(String fileName) {
        return fileName != null
                && !fileName.startsWith(".")
                && regex.matcher(fileName).matches();
    }

    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text.toLowerCase(Locale.ROOT);
    }
}
