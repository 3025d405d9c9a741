package dev.vpos.reconciliation.domain;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Reads a settlement file with a mapping, strictly and streaming: every record must have the header's number of
 * fields, every mapped value must be in the mapping's format. Good lines go to a sink as they are read; problems are
 * collected (the first {@value #MAX_PROBLEMS}) with their line numbers. Callers that import all or nothing read the
 * file once without a sink to validate it, then again to store it.
 */
public final class StatementParser {

    public static final int MAX_PROBLEMS = 10;

    /**
     * What reading the file found: good lines, lines skipped by type code, the days and the merchant numbers seen (at
     * most a few of the latter), the problems.
     */
    public record Result(
            int lines, int ignored, TreeSet<LocalDate> dates, TreeSet<String> merchants, List<LineProblem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private static final Map<StatementField, Integer> MAX_LENGTH = Map.of(
            StatementField.MERCHANT,
            40,
            StatementField.ORDER_ID,
            64,
            StatementField.AUTH_CODE,
            20,
            StatementField.RRN,
            40,
            StatementField.TRANS_ID,
            64,
            StatementField.BATCH,
            20,
            StatementField.TYPE,
            30);

    private final MappingSpec spec;
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter timeFormat;
    private final java.util.Set<String> saleCodes;
    private final java.util.Set<String> refundCodes;
    private final java.util.Set<String> ignoreCodes;
    /** The bank's currency codes seen so far (a file has a handful): code → ISO code, "" when unknown. */
    private final Map<String, String> currencies = new HashMap<>();

    private String lastDateText;
    private LocalDateTime lastDate;

    public StatementParser(MappingSpec spec) {
        this.spec = spec;
        this.saleCodes = MappingSpec.upper(spec.saleCodes());
        this.refundCodes = MappingSpec.upper(spec.refundCodes());
        this.ignoreCodes = MappingSpec.upper(spec.ignoreCodes());
        this.dateFormat = spec.dateFormatter();
        this.timeFormat = spec.timeFormatter();
    }

    /** Reads the bytes in the mapping's character set; bytes that are not text in it are a problem, not replaced. */
    public Result parse(byte[] content, Consumer<ParsedLine> sink) {
        int badLine = firstLineNotText(content);
        if (badLine > 0) {
            return new Result(
                    0, 0, new TreeSet<>(), new TreeSet<>(), List.of(LineProblem.of(badLine, "statement.csv.charset")));
        }
        var decoder = spec.charset()
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return parse(new InputStreamReader(new ByteArrayInputStream(content), decoder), sink);
    }

    /** The line of the first bytes that are not text in the mapping's character set; 0 when all are. */
    private int firstLineNotText(byte[] content) {
        var decoder = spec.charset()
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = in.hasRemaining() ? decoder.decode(in, out, true) : decoder.flush(out);
            if (r.isError()) {
                int line = 1;
                for (int i = 0; i < in.position(); i++) {
                    if (content[i] == '\n') {
                        line++;
                    }
                }
                return line;
            }
            if (r.isOverflow()) {
                out.clear();
            } else if (!in.hasRemaining()) {
                return 0;
            }
        }
    }

    public Result parse(Reader reader, Consumer<ParsedLine> sink) {
        List<LineProblem> problems = new ArrayList<>();
        TreeSet<LocalDate> dates = new TreeSet<>();
        TreeSet<String> merchants = new TreeSet<>();
        int lines = 0;
        int ignored = 0;
        CsvRecords csv = new CsvRecords(reader, spec.separator());
        try {
            CsvRecords.CsvRecord first = csv.next();
            if (first == null) {
                problems.add(LineProblem.of(1, "statement.empty"));
                return new Result(0, 0, dates, merchants, problems);
            }
            Map<StatementField, Integer> index = new EnumMap<>(StatementField.class);
            int width = first.fields().size();
            CsvRecords.CsvRecord record = first;
            if (spec.header()) {
                resolveHeader(first, index, problems);
                if (!problems.isEmpty()) {
                    return new Result(0, 0, dates, merchants, problems);
                }
                record = csv.next();
            } else {
                resolvePositions(first, index, problems);
                if (!problems.isEmpty()) {
                    return new Result(0, 0, dates, merchants, problems);
                }
            }
            for (; record != null && problems.size() < MAX_PROBLEMS; record = csv.next()) {
                if (record.fields().size() != width) {
                    problems.add(LineProblem.of(
                            record.line(),
                            "statement.fieldCount",
                            record.fields().size(),
                            width));
                    continue;
                }
                int before = problems.size();
                ParsedLine line = line(record, index, problems);
                if (problems.size() > before) {
                    continue;
                }
                if (line == null) {
                    ignored++;
                    continue;
                }
                lines++;
                dates.add(line.date());
                if (line.merchant() != null && merchants.size() < 5) {
                    merchants.add(line.merchant());
                }
                sink.accept(line);
            }
        } catch (CsvRecords.SyntaxException e) {
            problems.add(e.problem());
        }
        return new Result(
                lines,
                ignored,
                dates,
                merchants,
                problems.size() > MAX_PROBLEMS
                        ? List.copyOf(problems.subList(0, MAX_PROBLEMS))
                        : List.copyOf(problems));
    }

    private void resolveHeader(
            CsvRecords.CsvRecord header, Map<StatementField, Integer> index, List<LineProblem> problems) {
        Map<String, Integer> byName = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).trim().toUpperCase(Locale.ROOT);
            byName.putIfAbsent(name, i);
            seen.merge(name, 1, Integer::sum);
        }
        for (Map.Entry<StatementField, String> c : spec.columns().entrySet()) {
            Integer position = position(c.getValue());
            if (position != null) {
                if (position >= header.fields().size()) {
                    problems.add(LineProblem.of(
                            header.line(),
                            "statement.header.position",
                            c.getValue(),
                            c.getKey().jsonName(),
                            header.fields().size()));
                } else {
                    index.put(c.getKey(), position);
                }
                continue;
            }
            String name = c.getValue().toUpperCase(Locale.ROOT);
            if (!byName.containsKey(name)) {
                problems.add(LineProblem.of(
                        header.line(),
                        "statement.header.missing",
                        c.getValue(),
                        c.getKey().jsonName()));
            } else if (seen.get(name) > 1) {
                problems.add(LineProblem.of(header.line(), "statement.header.twice", c.getValue()));
            } else {
                index.put(c.getKey(), byName.get(name));
            }
        }
    }

    private void resolvePositions(
            CsvRecords.CsvRecord first, Map<StatementField, Integer> index, List<LineProblem> problems) {
        for (Map.Entry<StatementField, String> c : spec.columns().entrySet()) {
            int position = position(c.getValue());
            if (position >= first.fields().size()) {
                problems.add(LineProblem.of(
                        first.line(),
                        "statement.header.position",
                        c.getValue(),
                        c.getKey().jsonName(),
                        first.fields().size()));
            } else {
                index.put(c.getKey(), position);
            }
        }
    }

    private static Integer position(String column) {
        return column.matches("#[1-9][0-9]{0,2}") ? Integer.parseInt(column.substring(1)) - 1 : null;
    }

    /** The line, null for a line whose type code the mapping ignores; problems are added to the list. */
    private ParsedLine line(CsvRecords.CsvRecord r, Map<StatementField, Integer> index, List<LineProblem> problems) {
        Values v = new Values(r, index, problems);
        String type = v.text(StatementField.TYPE);
        TransactionKind typeKind = null;
        if (type != null) {
            String code = type.toUpperCase(Locale.ROOT);
            if (ignoreCodes.contains(code)) {
                return null;
            }
            if (refundCodes.contains(code)) {
                typeKind = TransactionKind.REFUND;
            } else if (saleCodes.isEmpty() || saleCodes.contains(code)) {
                typeKind = TransactionKind.SALE;
            } else {
                problems.add(LineProblem.of(
                        r.line(),
                        "statement.type.unknown",
                        type,
                        String.join(", ", new TreeSet<>(spec.saleCodes())) + " / "
                                + String.join(", ", new TreeSet<>(spec.refundCodes()))));
            }
        } else if (spec.has(StatementField.TYPE) && spec.sign() == SignConvention.TYPE_CODE) {
            v.required(StatementField.TYPE);
        }
        LocalDate date = null;
        LocalTime time = null;
        String dateText = v.required(StatementField.DATE);
        if (dateText != null) {
            try {
                if (!dateText.equals(lastDateText)) {
                    lastDate = spec.dateCarriesTime()
                            ? LocalDateTime.parse(dateText, dateFormat)
                            : LocalDate.parse(dateText, dateFormat).atStartOfDay();
                    lastDateText = dateText;
                }
                date = lastDate.toLocalDate();
                time = spec.dateCarriesTime() ? lastDate.toLocalTime() : null;
            } catch (DateTimeParseException e) {
                problems.add(LineProblem.of(r.line(), "statement.date", dateText, spec.datePattern()));
            }
        }
        String timeText = v.text(StatementField.TIME);
        if (timeText != null) {
            try {
                time = LocalTime.parse(timeText, timeFormat);
            } catch (DateTimeParseException e) {
                problems.add(LineProblem.of(r.line(), "statement.time", timeText, spec.timePattern()));
            }
        }
        Signed signed = signedAmount(v, typeKind, r.line(), problems);
        BigDecimal commission = v.amount(StatementField.COMMISSION);
        commission = commission == null ? null : commission.abs();
        BigDecimal net = v.amount(StatementField.NET);
        if (signed != null && net != null && spec.sign() != SignConvention.SIGNED) {
            net = signed.kind == TransactionKind.REFUND ? net.abs().negate() : net.abs();
        }
        if (signed != null && commission == null && net != null) {
            BigDecimal kept = signed.amount.abs().subtract(net.abs());
            commission = kept.signum() >= 0 ? kept : null;
        }
        String currency = spec.defaultCurrency();
        String currencyText = v.text(StatementField.CURRENCY);
        if (currencyText != null) {
            currency = currencies.computeIfAbsent(currencyText, c -> {
                String iso = Currencies.iso(c, spec.currencyAliases());
                return iso == null ? "" : iso;
            });
            if (currency.isEmpty()) {
                currency = null;
                problems.add(LineProblem.of(r.line(), "statement.currency", currencyText));
            }
        } else if (currency == null) {
            v.required(StatementField.CURRENCY);
        }
        int installments = 1;
        String installmentsText = v.text(StatementField.INSTALLMENTS);
        if (installmentsText != null) {
            if (installmentsText.length() <= 2 && installmentsText.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                installments = Math.max(1, Integer.parseInt(installmentsText));
            } else {
                problems.add(LineProblem.of(r.line(), "statement.installments", installmentsText));
            }
        }
        String maskedPan = null;
        String card = v.text(StatementField.CARD);
        if (card != null) {
            maskedPan = MaskedCards.normalize(card);
            if (maskedPan == null) {
                problems.add(LineProblem.of(r.line(), "statement.card"));
            }
        }
        if (signed == null || date == null || currency == null) {
            return null;
        }
        return new ParsedLine(
                r.line(),
                date,
                time,
                v.text(StatementField.MERCHANT),
                v.text(StatementField.ORDER_ID),
                v.text(StatementField.AUTH_CODE),
                v.text(StatementField.RRN),
                v.text(StatementField.TRANS_ID),
                v.text(StatementField.BATCH),
                maskedPan,
                MaskedCards.key(maskedPan),
                type,
                signed.kind,
                signed.amount,
                currency,
                installments,
                commission,
                net);
    }

    private record Signed(TransactionKind kind, BigDecimal amount) {}

    private Signed signedAmount(Values v, TransactionKind typeKind, int line, List<LineProblem> problems) {
        int before = problems.size();
        switch (spec.sign()) {
            case SIGNED -> {
                BigDecimal a = v.requiredAmount(StatementField.AMOUNT);
                if (a == null) {
                    return null;
                }
                TransactionKind bySign = a.signum() < 0 ? TransactionKind.REFUND : TransactionKind.SALE;
                if (typeKind != null && typeKind != bySign) {
                    problems.add(LineProblem.of(
                            line, "statement.sign.type", v.text(StatementField.TYPE), v.text(StatementField.AMOUNT)));
                }
                return problems.size() > before ? null : new Signed(bySign, a);
            }
            case TYPE_CODE -> {
                BigDecimal a = v.unsigned(StatementField.AMOUNT, true);
                return a == null || typeKind == null
                        ? null
                        : new Signed(typeKind, typeKind == TransactionKind.REFUND ? a.negate() : a);
            }
            default -> {
                BigDecimal debit = v.unsigned(StatementField.DEBIT, false);
                BigDecimal credit = v.unsigned(StatementField.CREDIT, false);
                if (problems.size() > before) {
                    return null;
                }
                boolean isDebit = debit != null && debit.signum() != 0;
                boolean isCredit = credit != null && credit.signum() != 0;
                if (isDebit == isCredit) {
                    problems.add(LineProblem.of(line, "statement.debitCredit"));
                    return null;
                }
                return isDebit
                        ? new Signed(TransactionKind.REFUND, debit.negate())
                        : new Signed(TransactionKind.SALE, credit);
            }
        }
    }

    /** The mapped values of one record, trimmed; blank is absent. */
    private final class Values {
        private final CsvRecords.CsvRecord record;
        private final Map<StatementField, Integer> index;
        private final List<LineProblem> problems;

        Values(CsvRecords.CsvRecord record, Map<StatementField, Integer> index, List<LineProblem> problems) {
            this.record = record;
            this.index = index;
            this.problems = problems;
        }

        String text(StatementField f) {
            Integer i = index.get(f);
            if (i == null) {
                return null;
            }
            String value = record.fields().get(i).trim();
            if (value.isEmpty()) {
                return null;
            }
            Integer max = MAX_LENGTH.get(f);
            if (max != null && value.length() > max) {
                problems.add(LineProblem.of(record.line(), "statement.tooLong", f.jsonName(), max));
                return null;
            }
            return value;
        }

        String required(StatementField f) {
            String value = text(f);
            if (value == null) {
                problems.add(LineProblem.of(record.line(), "statement.required", f.jsonName()));
            }
            return value;
        }

        BigDecimal amount(StatementField f) {
            String text = text(f);
            if (text == null) {
                return null;
            }
            BigDecimal a = Amounts.parse(text, spec.decimalSeparator());
            if (a == null) {
                problems.add(LineProblem.of(
                        record.line(),
                        "statement.amount",
                        f.jsonName(),
                        text,
                        String.valueOf(spec.decimalSeparator())));
            }
            return a;
        }

        BigDecimal requiredAmount(StatementField f) {
            if (text(f) == null) {
                required(f);
                return null;
            }
            BigDecimal a = amount(f);
            if (a != null && a.signum() == 0) {
                problems.add(LineProblem.of(record.line(), "statement.amount.zero", f.jsonName()));
                return null;
            }
            return a;
        }

        BigDecimal unsigned(StatementField f, boolean required) {
            BigDecimal a = required ? requiredAmount(f) : amount(f);
            if (a != null && a.signum() < 0) {
                problems.add(LineProblem.of(record.line(), "statement.amount.unsigned", f.jsonName(), spec.sign()));
                return null;
            }
            return a;
        }
    }
}
