package dev.vpos.reconciliation.domain;

/** What a settlement file can say about a transaction; a mapping names the file's column for each. */
public enum StatementField {
    DATE("date"),
    TIME("time"),
    MERCHANT("merchant"),
    ORDER_ID("orderId"),
    TYPE("type"),
    AMOUNT("amount"),
    DEBIT("debit"),
    CREDIT("credit"),
    CURRENCY("currency"),
    INSTALLMENTS("installments"),
    CARD("card"),
    AUTH_CODE("authCode"),
    RRN("rrn"),
    TRANS_ID("transId"),
    BATCH("batchNo"),
    COMMISSION("commission"),
    NET("net");

    private final String jsonName;

    StatementField(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name in the API and in error messages, e.g. {@code orderId}. */
    public String jsonName() {
        return jsonName;
    }

    public static StatementField ofJsonName(String name) {
        for (StatementField f : values()) {
            if (f.jsonName.equals(name)) {
                return f;
            }
        }
        return null;
    }
}
