package dev.vpos.reconciliation.domain;

import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A checked settlement-file mapping: what the parser needs to read one bank's file strictly. Built only through
 * {@link #of(MappingDraft)}, which names every problem of a draft at once.
 */
public record MappingSpec(
        String code,
        String name,
        String family,
        char separator,
        boolean header,
        Charset charset,
        char decimalSeparator,
        SignConvention sign,
        String datePattern,
        String timePattern,
        Map<StatementField, String> columns,
        Set<String> saleCodes,
        Set<String> refundCodes,
        Set<String> ignoreCodes,
        String defaultCurrency,
        Map<String, String> currencyAliases,
        int dateToleranceDays,
        BigDecimal amountTolerance) {

    public static final List<String> CHARSETS = List.of("UTF-8", "ISO-8859-9", "windows-1254");
    public static final int MAX_DATE_TOLERANCE = 7;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,40}");
    private static final Pattern POSITION = Pattern.compile("#([1-9][0-9]{0,2})");
    private static final Pattern ALIAS = Pattern.compile("([A-Za-z0-9]{1,4})=([A-Z]{3})");

    public MappingSpec {
        columns = Collections.unmodifiableMap(new EnumMap<>(columns));
        saleCodes = Collections.unmodifiableSet(new LinkedHashSet<>(saleCodes));
        refundCodes = Collections.unmodifiableSet(new LinkedHashSet<>(refundCodes));
        ignoreCodes = Collections.unmodifiableSet(new LinkedHashSet<>(ignoreCodes));
        currencyAliases = Map.copyOf(currencyAliases);
    }

    /** The column of a field, or null when the file does not have it. */
    public String column(StatementField f) {
        return columns.get(f);
    }

    public boolean has(StatementField f) {
        return columns.containsKey(f);
    }

    /** The date formatter (strict: 31.02 is refused), with the time when the date column carries it. */
    public DateTimeFormatter dateFormatter() {
        return strict(datePattern);
    }

    public boolean dateCarriesTime() {
        return letters(datePattern).contains("H");
    }

    public DateTimeFormatter timeFormatter() {
        return timePattern == null ? null : strict(timePattern);
    }

    /**
     * Checks a draft. Every problem is reported with its field: {@code code}, {@code name}, {@code family},
     * {@code separator}, {@code charset}, {@code decimalSeparator}, {@code signConvention}, {@code datePattern},
     * {@code timePattern}, {@code columns.<field>}, {@code refundCodes}, {@code defaultCurrency},
     * {@code currencyAliases}, {@code dateToleranceDays}, {@code amountTolerance}.
     */
    public static MappingSpec of(MappingDraft d) {
        List<FieldError> errors = new ArrayList<>();
        String code = trim(d.code());
        if (code == null || !CODE.matcher(code).matches()) {
            errors.add(FieldError.of("code", "mapping.code"));
        }
        String name = trim(d.name());
        if (name == null || name.length() > 100) {
            errors.add(FieldError.of("name", "mapping.name"));
        }
        String family = trim(d.family());
        if (family != null) {
            try {
                GatewayFamily.valueOf(family);
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("family", "cutoff.family", family));
            }
        }
        char separator = separator(trim(d.separator()), errors);
        boolean header = d.header() == null || d.header();
        Charset charset = StandardCharsets.UTF_8;
        String charsetName = trim(d.charset());
        if (charsetName != null) {
            if (CHARSETS.stream().noneMatch(c -> c.equalsIgnoreCase(charsetName))) {
                errors.add(FieldError.of("charset", "mapping.choice", String.join(", ", CHARSETS)));
            } else {
                charset = Charset.forName(charsetName);
            }
        }
        char decimal = '.';
        String decimalText = trim(d.decimalSeparator());
        if (".".equals(decimalText) || ",".equals(decimalText)) {
            decimal = decimalText.charAt(0);
        } else {
            errors.add(FieldError.of("decimalSeparator", "mapping.choice", ". ,"));
        }
        SignConvention sign = null;
        try {
            sign = SignConvention.valueOf(String.valueOf(trim(d.signConvention())));
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of("signConvention", "mapping.choice", "SIGNED, TYPE_CODE, DEBIT_CREDIT"));
        }
        String datePattern = trim(d.datePattern());
        if (!validPattern(datePattern)
                || !letters(datePattern).contains("y")
                || !letters(datePattern).contains("M")
                || !letters(datePattern).contains("d")) {
            errors.add(FieldError.of("datePattern", "mapping.datePattern"));
        }
        String timePattern = trim(d.timePattern());
        if (timePattern != null
                && (!validPattern(timePattern) || !letters(timePattern).contains("H"))) {
            errors.add(FieldError.of("timePattern", "mapping.timePattern"));
        }
        Map<StatementField, String> columns = columns(d.columns(), header, errors);
        if (columns.containsKey(StatementField.TIME) && timePattern == null) {
            errors.add(FieldError.of("timePattern", "mapping.timePattern"));
        }
        checkRequiredColumns(columns, sign, errors);
        Set<String> sale = codes(d.saleCodes());
        Set<String> refund = codes(d.refundCodes());
        Set<String> ignore = codes(d.ignoreCodes());
        if (sign == SignConvention.TYPE_CODE && refund.isEmpty()) {
            errors.add(FieldError.of("refundCodes", "mapping.refundCodes"));
        }
        if (!refund.isEmpty() && !columns.containsKey(StatementField.TYPE)) {
            errors.add(FieldError.of("columns.type", "mapping.typeColumn"));
        }
        Set<String> overlap = new LinkedHashSet<>(upper(sale));
        overlap.retainAll(upper(refund));
        if (!overlap.isEmpty()) {
            errors.add(FieldError.of("refundCodes", "mapping.codesOverlap", String.join(", ", overlap)));
        }
        String currency = trim(d.defaultCurrency());
        if (currency != null) {
            currency = currency.toUpperCase(Locale.ROOT);
            if (Currencies.iso(currency) == null) {
                errors.add(FieldError.of("defaultCurrency", "currency.unknown", currency));
            }
        } else if (!columns.containsKey(StatementField.CURRENCY)) {
            errors.add(FieldError.of("defaultCurrency", "mapping.currencyNeeded"));
        }
        Map<String, String> aliases = aliases(d.currencyAliases(), errors);
        int tolerance = d.dateToleranceDays() == null ? 1 : d.dateToleranceDays();
        if (tolerance < 0 || tolerance > MAX_DATE_TOLERANCE) {
            errors.add(FieldError.of("dateToleranceDays", "field.range", 0, MAX_DATE_TOLERANCE));
        }
        BigDecimal amountTolerance = BigDecimal.ZERO;
        String toleranceText = trim(d.amountTolerance());
        if (toleranceText != null) {
            try {
                amountTolerance = new BigDecimal(toleranceText);
                if (amountTolerance.signum() < 0
                        || amountTolerance.scale() > 4
                        || amountTolerance.compareTo(BigDecimal.valueOf(100)) > 0) {
                    errors.add(FieldError.of("amountTolerance", "mapping.amountTolerance"));
                }
            } catch (NumberFormatException e) {
                errors.add(FieldError.of("amountTolerance", "mapping.amountTolerance"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new MappingSpec(
                code,
                name,
                family,
                separator,
                header,
                charset,
                decimal,
                sign,
                datePattern,
                timePattern,
                columns,
                sale,
                refund,
                ignore,
                currency,
                aliases,
                tolerance,
                amountTolerance);
    }

    /** The separator as stored: the character itself, a tab as "\t". */
    public static String separatorText(char c) {
        return c == '\t' ? "TAB" : String.valueOf(c);
    }

    private static char separator(String s, List<FieldError> errors) {
        if (s == null) {
            errors.add(FieldError.of("separator", "mapping.choice", "; , | TAB"));
            return ';';
        }
        switch (s.toUpperCase(Locale.ROOT)) {
            case ";", ",", "|":
                return s.charAt(0);
            case "TAB", "\\T":
                return '\t';
            default:
                errors.add(FieldError.of("separator", "mapping.choice", "; , | TAB"));
                return ';';
        }
    }

    private static Map<StatementField, String> columns(
            Map<String, String> raw, boolean header, List<FieldError> errors) {
        Map<StatementField, String> columns = new EnumMap<>(StatementField.class);
        if (raw == null) {
            return columns;
        }
        for (Map.Entry<String, String> e : new LinkedHashMap<>(raw).entrySet()) {
            StatementField f = StatementField.ofJsonName(e.getKey());
            String value = trim(e.getValue());
            if (f == null) {
                errors.add(FieldError.of("columns." + e.getKey(), "mapping.unknownField"));
                continue;
            }
            if (value == null) {
                continue;
            }
            if (value.length() > 60 || value.indexOf('"') >= 0) {
                errors.add(FieldError.of("columns." + f.jsonName(), "mapping.columnName"));
            } else if (!header && !POSITION.matcher(value).matches()) {
                errors.add(FieldError.of("columns." + f.jsonName(), "mapping.columnPosition"));
            } else {
                columns.put(f, value);
            }
        }
        return columns;
    }

    private static void checkRequiredColumns(
            Map<StatementField, String> columns, SignConvention sign, List<FieldError> errors) {
        if (!columns.containsKey(StatementField.DATE)) {
            errors.add(FieldError.of("columns.date", "field.required"));
        }
        if (!columns.containsKey(StatementField.ORDER_ID)
                && !columns.containsKey(StatementField.AUTH_CODE)
                && !columns.containsKey(StatementField.RRN)) {
            errors.add(FieldError.of("columns.orderId", "mapping.codeColumn"));
        }
        if (sign == SignConvention.DEBIT_CREDIT) {
            for (StatementField f : List.of(StatementField.DEBIT, StatementField.CREDIT)) {
                if (!columns.containsKey(f)) {
                    errors.add(FieldError.of("columns." + f.jsonName(), "mapping.debitCredit"));
                }
            }
        } else if (!columns.containsKey(StatementField.AMOUNT)) {
            errors.add(FieldError.of("columns.amount", "field.required"));
        }
        if (sign == SignConvention.TYPE_CODE && !columns.containsKey(StatementField.TYPE)) {
            errors.add(FieldError.of("columns.type", "mapping.typeColumn"));
        }
    }

    private static Set<String> codes(String list) {
        Set<String> codes = new LinkedHashSet<>();
        if (list != null) {
            for (String c : list.split(",")) {
                if (!c.isBlank()) {
                    codes.add(c.trim());
                }
            }
        }
        return codes;
    }

    /** The codes in upper case: files are compared with them without regard to case. */
    public static Set<String> upper(Set<String> codes) {
        Set<String> out = new LinkedHashSet<>();
        codes.forEach(c -> out.add(c.toUpperCase(Locale.ROOT)));
        return out;
    }

    private static Map<String, String> aliases(String list, List<FieldError> errors) {
        Map<String, String> aliases = new LinkedHashMap<>();
        if (list == null || list.isBlank()) {
            return aliases;
        }
        for (String pair : list.split(",")) {
            var m = ALIAS.matcher(pair.trim().toUpperCase(Locale.ROOT));
            if (!m.matches() || Currencies.iso(m.group(2)) == null) {
                errors.add(FieldError.of("currencyAliases", "mapping.aliases"));
                return aliases;
            }
            aliases.put(m.group(1), m.group(2));
        }
        return aliases;
    }

    private static boolean validPattern(String pattern) {
        if (pattern == null || pattern.length() > 40) {
            return false;
        }
        try {
            strict(pattern);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The pattern's letters outside quoted literals. */
    private static String letters(String pattern) {
        if (pattern == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && Character.isLetter(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Strict resolving needs the proleptic year (u) instead of the year of era (y). */
    private static DateTimeFormatter strict(String pattern) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            out.append(!quoted && c == 'y' ? 'u' : c);
        }
        return DateTimeFormatter.ofPattern(out.toString(), Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
