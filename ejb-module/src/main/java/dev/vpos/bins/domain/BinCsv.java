package dev.vpos.bins.domain;

import dev.vpos.shared.domain.FieldError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a BIN table as banks hand it out: a header line naming the columns {@code prefix, issuer_code, issuer_name,
 * programme, brand, card_type, country} (any order, comma or semicolon separated, fields may be double-quoted), then
 * one card range per line. Every line is checked; the answer is the rows that passed and one error per problem
 * ({@code field} = "line N: column", the value in the message), so nothing is imported from a file with any error.
 */
public final class BinCsv {

    /** The columns a file must have. */
    public static final List<String> COLUMNS =
            List.of("prefix", "issuer_code", "issuer_name", "programme", "brand", "card_type", "country");

    /** Brands a row may name (the card schemes seen in Turkey). */
    public static final Set<String> BRANDS =
            Set.of("VISA", "MASTERCARD", "AMEX", "TROY", "MAESTRO", "UNIONPAY", "JCB", "DINERS", "DISCOVER");

    /** At most this many lines are read. */
    public static final int MAX_LINES = 200_000;

    private static final Pattern PREFIX = Pattern.compile("[0-9]{6,8}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z]{1,10}");

    /** The rows that passed and the problems found. */
    public record Parsed(List<CardProfile> rows, List<FieldError> errors, int lines) {
        public boolean valid() {
            return errors.isEmpty() && !rows.isEmpty();
        }
    }

    private BinCsv() {}

    public static Parsed parse(String text) {
        List<FieldError> errors = new ArrayList<>();
        List<CardProfile> rows = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int header = firstNonBlank(lines);
        if (header < 0) {
            errors.add(FieldError.of("file", "bins.empty"));
            return new Parsed(rows, errors, 0);
        }
        char separator = lines[header].indexOf(';') >= 0 ? ';' : ',';
        List<String> names = fields(strip(lines[header]), separator).stream()
                .map(s -> s.trim().toLowerCase(Locale.ROOT))
                .toList();
        int[] at = new int[COLUMNS.size()];
        for (int i = 0; i < COLUMNS.size(); i++) {
            at[i] = names.indexOf(COLUMNS.get(i));
            if (at[i] < 0) {
                errors.add(FieldError.of("line 1: " + COLUMNS.get(i), "bins.columnMissing", COLUMNS.get(i)));
            }
        }
        if (!errors.isEmpty()) {
            return new Parsed(rows, errors, 0);
        }
        Set<String> seen = new HashSet<>();
        int counted = 0;
        for (int n = header + 1; n < lines.length && counted < MAX_LINES; n++) {
            if (lines[n].isBlank()) {
                continue;
            }
            counted++;
            List<String> f = fields(lines[n], separator);
            row(n + 1, f, at, seen, errors).ifPresent(rows::add);
        }
        if (counted >= MAX_LINES) {
            errors.add(FieldError.of("file", "bins.tooManyLines", MAX_LINES));
        }
        if (counted == 0) {
            errors.add(FieldError.of("file", "bins.empty"));
        }
        return new Parsed(rows, errors, counted);
    }

    private static java.util.Optional<CardProfile> row(
            int line, List<String> f, int[] at, Set<String> seen, List<FieldError> errors) {
        int before = errors.size();
        String prefix = value(f, at[0]);
        String issuerCode = value(f, at[1]);
        String issuerName = value(f, at[2]);
        String programme = value(f, at[3]);
        String brand = value(f, at[4]).toUpperCase(Locale.ROOT);
        String type = value(f, at[5]).toUpperCase(Locale.ROOT);
        String country = value(f, at[6]).toUpperCase(Locale.ROOT);
        if (!PREFIX.matcher(prefix).matches()) {
            errors.add(FieldError.of(where(line, "prefix"), "bins.prefixInvalid", prefix));
        } else if (!seen.add(prefix)) {
            errors.add(FieldError.of(where(line, "prefix"), "bins.prefixRepeated", prefix));
        }
        if (!CODE.matcher(issuerCode).matches()) {
            errors.add(FieldError.of(where(line, "issuer_code"), "bins.issuerCodeInvalid", issuerCode));
        }
        if (issuerName.isEmpty() || issuerName.length() > 120) {
            errors.add(FieldError.of(where(line, "issuer_name"), "bins.nameInvalid", 120));
        }
        if (programme.length() > 40) {
            errors.add(FieldError.of(where(line, "programme"), "bins.programmeTooLong", 40));
        }
        if (!BRANDS.contains(brand)) {
            errors.add(FieldError.of(where(line, "brand"), "bins.brandInvalid", brand, String.join(", ", sorted())));
        }
        CardType cardType = null;
        try {
            cardType = CardType.valueOf(type);
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of(where(line, "card_type"), "bins.typeInvalid", type));
        }
        if (!COUNTRY.matcher(country).matches()) {
            errors.add(FieldError.of(where(line, "country"), "bins.countryInvalid", country));
        }
        if (errors.size() != before) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new CardProfile(
                prefix, issuerCode, issuerName, programme.isEmpty() ? null : programme, brand, cardType, country));
    }

    private static List<String> sorted() {
        return BRANDS.stream().sorted().toList();
    }

    private static String where(int line, String column) {
        return "line " + line + ": " + column;
    }

    private static String value(List<String> fields, int index) {
        return index < fields.size() ? fields.get(index).trim() : "";
    }

    private static int firstNonBlank(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static String strip(String header) {
        return header.startsWith("\uFEFF") ? header.substring(1) : header;
    }

    /** One line's fields; a double-quoted field may hold the separator and doubled quotes. */
    static List<String> fields(String line, char separator) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
