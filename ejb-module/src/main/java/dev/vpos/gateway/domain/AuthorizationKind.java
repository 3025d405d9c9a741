package dev.vpos.gateway.domain;

/** Whether an authorisation also captures (a sale) or only reserves the amount (a pre-authorisation). */
public enum AuthorizationKind {
    SALE,
    PRE_AUTH
}
