package dev.vpos.definitions.domain;

/** Whether a definition talks to the bank's test or live endpoint. */
public enum Environment {
    TEST,
    LIVE
}
