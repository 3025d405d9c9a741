package dev.vpos.simulator.settlement;

/** The facts a day-end settlement line can carry; each family's layout names and orders them its own way. */
public enum SettlementColumn {
    DATE,
    TIME,
    MERCHANT,
    ORDER_ID,
    TYPE,
    AMOUNT,
    CURRENCY,
    INSTALLMENTS,
    CARD,
    AUTH_CODE,
    RRN,
    TRANS_ID,
    BATCH,
    COMMISSION,
    NET
}
