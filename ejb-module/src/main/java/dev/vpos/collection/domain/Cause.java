package dev.vpos.collection.domain;

/**
 * Why a collection moved: who acted, through which channel (MOTO, API, PORTAL_ORDER, JANITOR, BANK_CALLBACK, ...),
 * the bank interaction (return-code log row) that caused it, and a note.
 */
public record Cause(String actor, String channel, Long interactionId, String note) {

    public static Cause of(String actor, String channel, Long interactionId) {
        return new Cause(actor, channel, interactionId, null);
    }
}
