package dev.vpos.reconciliation.domain;

/** What matching made of a statement line. */
public enum MatchStatus {
    /** One batch record agrees with it. */
    MATCHED,
    /** A batch record was found, but something differs (see {@link DifferenceKind}). */
    DIFFERENCE,
    /** The bank has it, the ERP does not. */
    MISSING_IN_ERP
}
