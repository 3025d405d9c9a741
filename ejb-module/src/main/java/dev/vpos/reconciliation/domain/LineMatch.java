package dev.vpos.reconciliation.domain;

/**
 * What matching made of one statement line.
 *
 * @param batch      the batch record it was paired with (for DUPLICATE: the one another line already matched); null
 *                   when missing in the ERP
 * @param difference null when MATCHED
 */
public record LineMatch(MatchStatus status, MatchedBy matchedBy, Candidate batch, DifferenceKind difference) {

    public static final LineMatch MISSING =
            new LineMatch(MatchStatus.MISSING_IN_ERP, null, null, DifferenceKind.MISSING_IN_ERP);
}
