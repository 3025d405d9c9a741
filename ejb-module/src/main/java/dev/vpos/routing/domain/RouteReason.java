package dev.vpos.routing.domain;

/** Why a payment went to its definition (stored on the collection, shown by the quote and the screens). */
public enum RouteReason {
    /** The caller named the definition. */
    NAMED,
    /** The company has no routing rules, or none matched: its default definition, else the first that fits. */
    DEFAULT,
    ON_US,
    PROGRAMME,
    CHEAPEST
}
