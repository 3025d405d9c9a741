package dev.vpos.txlog.application;

/** How many interactions of the filter ended with this outcome (APPROVED, DECLINED, NOT_SENT, UNKNOWN). */
public record OutcomeCount(String outcome, long count) {}
