package dev.vpos.web.i18n;

import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a parity test found, per language: the English texts a translation lacks, keys English does not have, and
 * texts whose placeholders differ from English. Its {@link #toString()} is the failure message: one block per
 * language with every key and its English text, so whoever translates has the whole list at once.
 */
public final class TranslationReport {

    private final String what;
    private final Map<String, String> english;
    private final SortedMap<String, Set<String>> missing = new TreeMap<>();
    private final SortedMap<String, Set<String>> extra = new TreeMap<>();
    private final SortedMap<String, Set<String>> placeholders = new TreeMap<>();

    /** @param what the files compared, e.g. "assets/i18n/<language>.json" */
    public TranslationReport(String what, Map<String, String> english) {
        this.what = what;
        this.english = english;
    }

    public void missing(String language, String key) {
        missing.computeIfAbsent(language, l -> new TreeSet<>()).add(key);
    }

    public void extra(String language, String key) {
        extra.computeIfAbsent(language, l -> new TreeSet<>()).add(key);
    }

    public void placeholdersDiffer(String language, String key) {
        placeholders.computeIfAbsent(language, l -> new TreeSet<>()).add(key);
    }

    public boolean clean() {
        return missing.isEmpty() && extra.isEmpty() && placeholders.isEmpty();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(what).append(" differ from English:");
        append(s, "missing (translate these; keep the placeholders)", missing, true);
        append(s, "not in English (remove or add to English)", extra, false);
        append(s, "placeholders differ from English", placeholders, true);
        return s.append("\n").toString();
    }

    private void append(StringBuilder s, String title, SortedMap<String, Set<String>> found, boolean withEnglish) {
        found.forEach((language, keys) -> {
            s.append("\n  ")
                    .append(language)
                    .append(": ")
                    .append(keys.size())
                    .append(' ')
                    .append(title);
            for (String key : keys) {
                s.append("\n    ").append(key);
                if (withEnglish && english.containsKey(key)) {
                    s.append(" = ").append(english.get(key));
                }
            }
        });
    }
}
