package dev.vpos.reconciliation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** A bank's settlement-file mapping as stored; {@link #spec()} is what the parser uses. */
@Entity
@Table(name = "settlement_mapping")
public class SettlementMapping {

    @Id
    @SequenceGenerator(name = "settlement_mapping_seq", sequenceName = "settlement_mapping_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "settlement_mapping_seq")
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = 30)
    private String family;

    @Column(name = "separator_char", nullable = false, length = 1)
    private String separatorChar;

    @Column(name = "has_header", nullable = false)
    private boolean header;

    @Column(name = "charset_name", nullable = false, length = 20)
    private String charsetName;

    @Column(name = "decimal_separator", nullable = false, length = 1)
    private String decimalSeparator;

    @Column(name = "sign_convention", nullable = false, length = 12)
    private String signConvention;

    @Column(name = "date_pattern", nullable = false, length = 40)
    private String datePattern;

    @Column(name = "time_pattern", length = 20)
    private String timePattern;

    @Column(name = "date_column", nullable = false, length = 60)
    private String dateColumn;

    @Column(name = "time_column", length = 60)
    private String timeColumn;

    @Column(name = "merchant_column", length = 60)
    private String merchantColumn;

    @Column(name = "order_id_column", length = 60)
    private String orderIdColumn;

    @Column(name = "type_column", length = 60)
    private String typeColumn;

    @Column(name = "amount_column", length = 60)
    private String amountColumn;

    @Column(name = "debit_column", length = 60)
    private String debitColumn;

    @Column(name = "credit_column", length = 60)
    private String creditColumn;

    @Column(name = "currency_column", length = 60)
    private String currencyColumn;

    @Column(name = "installments_column", length = 60)
    private String installmentsColumn;

    @Column(name = "card_column", length = 60)
    private String cardColumn;

    @Column(name = "auth_code_column", length = 60)
    private String authCodeColumn;

    @Column(name = "rrn_column", length = 60)
    private String rrnColumn;

    @Column(name = "trans_id_column", length = 60)
    private String transIdColumn;

    @Column(name = "batch_column", length = 60)
    private String batchColumn;

    @Column(name = "commission_column", length = 60)
    private String commissionColumn;

    @Column(name = "net_column", length = 60)
    private String netColumn;

    @Column(name = "sale_codes", length = 300)
    private String saleCodes;

    @Column(name = "refund_codes", length = 300)
    private String refundCodes;

    @Column(name = "ignore_codes", length = 300)
    private String ignoreCodes;

    @Column(name = "default_currency", length = 3)
    private String defaultCurrency;

    @Column(name = "currency_aliases", length = 300)
    private String currencyAliases;

    @Column(name = "date_tolerance_days", nullable = false)
    private int dateToleranceDays;

    @Column(name = "amount_tolerance", nullable = false, precision = 19, scale = 4)
    private BigDecimal amountTolerance;

    @Column(nullable = false)
    private boolean shipped;

    @Version
    private long version;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected SettlementMapping() {}

    public SettlementMapping(MappingSpec spec, String actor, OffsetDateTime now) {
        apply(spec, actor, now);
    }

    /** Takes a checked spec's values (as normalised by the check). */
    public final void apply(MappingSpec s, String actor, OffsetDateTime now) {
        code = s.code();
        name = s.name();
        family = s.family();
        separatorChar = String.valueOf(s.separator());
        header = s.header();
        charsetName = s.charset().name();
        decimalSeparator = String.valueOf(s.decimalSeparator());
        signConvention = s.sign().name();
        datePattern = s.datePattern();
        timePattern = s.timePattern();
        dateColumn = s.column(StatementField.DATE);
        timeColumn = s.column(StatementField.TIME);
        merchantColumn = s.column(StatementField.MERCHANT);
        orderIdColumn = s.column(StatementField.ORDER_ID);
        typeColumn = s.column(StatementField.TYPE);
        amountColumn = s.column(StatementField.AMOUNT);
        debitColumn = s.column(StatementField.DEBIT);
        creditColumn = s.column(StatementField.CREDIT);
        currencyColumn = s.column(StatementField.CURRENCY);
        installmentsColumn = s.column(StatementField.INSTALLMENTS);
        cardColumn = s.column(StatementField.CARD);
        authCodeColumn = s.column(StatementField.AUTH_CODE);
        rrnColumn = s.column(StatementField.RRN);
        transIdColumn = s.column(StatementField.TRANS_ID);
        batchColumn = s.column(StatementField.BATCH);
        commissionColumn = s.column(StatementField.COMMISSION);
        netColumn = s.column(StatementField.NET);
        saleCodes = join(s.saleCodes());
        refundCodes = join(s.refundCodes());
        ignoreCodes = join(s.ignoreCodes());
        defaultCurrency = s.defaultCurrency();
        currencyAliases = s.currencyAliases().isEmpty()
                ? null
                : String.join(
                        ",",
                        s.currencyAliases().entrySet().stream()
                                .map(e -> e.getKey() + "=" + e.getValue())
                                .sorted()
                                .toList());
        dateToleranceDays = s.dateToleranceDays();
        amountTolerance = s.amountTolerance();
        updatedBy = actor;
        updatedAt = now;
    }

    /** The stored values as an admin would enter them. */
    public MappingDraft draft() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns().forEach((f, v) -> columns.put(f.jsonName(), v));
        return new MappingDraft(
                code,
                name,
                family,
                MappingSpec.separatorText(separatorChar.charAt(0)),
                header,
                charsetName,
                decimalSeparator,
                signConvention,
                datePattern,
                timePattern,
                columns,
                saleCodes,
                refundCodes,
                ignoreCodes,
                defaultCurrency,
                currencyAliases,
                dateToleranceDays,
                amountTolerance.stripTrailingZeros().toPlainString());
    }

    public MappingSpec spec() {
        return MappingSpec.of(draft());
    }

    private Map<StatementField, String> columns() {
        Map<StatementField, String> m = new EnumMap<>(StatementField.class);
        put(m, StatementField.DATE, dateColumn);
        put(m, StatementField.TIME, timeColumn);
        put(m, StatementField.MERCHANT, merchantColumn);
        put(m, StatementField.ORDER_ID, orderIdColumn);
        put(m, StatementField.TYPE, typeColumn);
        put(m, StatementField.AMOUNT, amountColumn);
        put(m, StatementField.DEBIT, debitColumn);
        put(m, StatementField.CREDIT, creditColumn);
        put(m, StatementField.CURRENCY, currencyColumn);
        put(m, StatementField.INSTALLMENTS, installmentsColumn);
        put(m, StatementField.CARD, cardColumn);
        put(m, StatementField.AUTH_CODE, authCodeColumn);
        put(m, StatementField.RRN, rrnColumn);
        put(m, StatementField.TRANS_ID, transIdColumn);
        put(m, StatementField.BATCH, batchColumn);
        put(m, StatementField.COMMISSION, commissionColumn);
        put(m, StatementField.NET, netColumn);
        return m;
    }

    private static void put(Map<StatementField, String> m, StatementField f, String v) {
        if (v != null) {
            m.put(f, v);
        }
    }

    private static String join(java.util.Set<String> codes) {
        return codes.isEmpty() ? null : String.join(",", codes);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getFamily() {
        return family;
    }

    public boolean isShipped() {
        return shipped;
    }

    public long getVersion() {
        return version;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
