package dev.vpos.alerts.domain;

/** An alert is ACTIVE while its condition lasts and RESOLVED once the evaluator no longer finds it. */
public enum AlertStatus {
    ACTIVE,
    RESOLVED
}
