package dev.vpos.web.rest.definitions;

import dev.vpos.definitions.application.ConnectionTester;

/** What the API answers for {@code ConnectionTester.ConnectionResult}, mapped at the API edge. */
public record ConnectionResponse(
        boolean reachable, boolean credentialsAccepted, long latencyMs, String bankCode, String detail) {

    public static ConnectionResponse of(ConnectionTester.ConnectionResult a) {
        return new ConnectionResponse(a.reachable(), a.credentialsAccepted(), a.latencyMs(), a.bankCode(), a.detail());
    }
}
