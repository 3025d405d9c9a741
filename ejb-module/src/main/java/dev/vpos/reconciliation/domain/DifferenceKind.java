package dev.vpos.reconciliation.domain;

/** Why a statement line or a batch record needs finance's attention. */
public enum DifferenceKind {
    /** Gross amount (or currency) differs between the bank's line and the batch record. */
    AMOUNT,
    /** The amount agrees, the commission the bank kept does not. */
    FEE,
    /** The bank settled a transaction the ERP voided. */
    VOIDED_IN_ERP,
    /** The bank settled a transaction that another statement line already matched (settled twice). */
    DUPLICATE,
    /** The bank has it, the ERP does not. */
    MISSING_IN_ERP,
    /** The ERP has it, the bank's file does not. */
    MISSING_AT_BANK
}
