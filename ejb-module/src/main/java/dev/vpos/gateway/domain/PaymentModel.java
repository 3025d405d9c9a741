package dev.vpos.gateway.domain;

/** How the card is authenticated and authorised at the bank. */
public enum PaymentModel {
    /** Card data sent server-to-server, no 3-D Secure (MOTO). */
    REGULAR,
    /** Bank authenticates the cardholder, the module sends the provision. */
    THREE_D,
    /** Bank authenticates and provisions, result posted back. */
    THREE_D_PAY,
    /** Bank hosts the card form. */
    THREE_D_HOST
}
