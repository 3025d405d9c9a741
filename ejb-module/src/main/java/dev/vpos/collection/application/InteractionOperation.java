package dev.vpos.collection.application;

import dev.vpos.collection.domain.OperationKind;
import dev.vpos.gateway.domain.AuthorizationKind;

/**
 * What a collection's bank interaction was, as the return-code log shows it ({@code bank_interaction.operation}):
 * the authorisation, a follow-up, an inquiry, a 3-D step, or a provider's notification.
 */
public enum InteractionOperation {
    SALE("SALE"),
    PRE_AUTH("PRE_AUTH"),
    CAPTURE("CAPTURE"),
    VOID("VOID"),
    REFUND("REFUND"),
    STATUS("STATUS"),
    HISTORY("HISTORY"),
    THREE_DS_START("3DS_START"),
    THREE_DS_CALLBACK("3DS_CALLBACK"),
    THREE_DS_ACTION("3DS_ACTION"),
    THREE_DS_SALE("3DS_SALE"),
    THREE_DS_PRE_AUTH("3DS_PRE_AUTH"),
    NOTIFY("NOTIFY"),
    NOTIFY_CAPTURE("NOTIFY_CAPTURE"),
    NOTIFY_VOID("NOTIFY_VOID"),
    NOTIFY_REFUND("NOTIFY_REFUND");

    private final String logged;

    InteractionOperation(String logged) {
        this.logged = logged;
    }

    /** The text stored in the log (and filtered on by its viewer). */
    public String logged() {
        return logged;
    }

    public static InteractionOperation of(AuthorizationKind kind) {
        return kind == AuthorizationKind.PRE_AUTH ? PRE_AUTH : SALE;
    }

    /** The authorisation that completes a 3-D payment. */
    public static InteractionOperation threeDs(AuthorizationKind kind) {
        return kind == AuthorizationKind.PRE_AUTH ? THREE_DS_PRE_AUTH : THREE_DS_SALE;
    }

    public static InteractionOperation of(OperationKind kind) {
        return switch (kind) {
            case CAPTURE -> CAPTURE;
            case VOID -> VOID;
            case REFUND -> REFUND;
        };
    }

    /** A follow-up a provider's notification reports. */
    public static InteractionOperation notified(OperationKind kind) {
        return switch (kind) {
            case CAPTURE -> NOTIFY_CAPTURE;
            case VOID -> NOTIFY_VOID;
            case REFUND -> NOTIFY_REFUND;
        };
    }
}
