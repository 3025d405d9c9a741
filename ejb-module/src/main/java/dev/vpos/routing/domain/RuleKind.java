package dev.vpos.routing.domain;

/** The kinds of routing rule a company puts in order. */
public enum RuleKind {
    /** A card of the rule's issuer goes to that bank's own definition. */
    ON_US,
    /** A card of the rule's programme goes to the rule's definition (one of the programme's banks). */
    PROGRAMME,
    /** The eligible definition whose plan for the installment count costs the least (commission % + fixed fee). */
    CHEAPEST
}
