package dev.vpos.reconciliation.domain;

/** How a bank's file tells a refund from a sale. */
public enum SignConvention {
    /** The amount carries the sign: a refund is negative ("-120,00" or "120,00-"); a type column must agree. */
    SIGNED,
    /** Amounts are unsigned; the type column says which lines are refunds. */
    TYPE_CODE,
    /** Two unsigned columns: credit (a sale, money for the merchant) and debit (a refund). */
    DEBIT_CREDIT
}
