package dev.vpos.definitions.application;

import java.time.Instant;
import java.util.List;

/**
 * What the definition-health report needs of a definition: who it belongs to, where it sends, the address its bank
 * whitelisted, and the expiry of each credential that has one (never a secret's value).
 */
public record DefinitionFacts(
        long id,
        long companyId,
        String code,
        String displayName,
        String family,
        String environment,
        boolean enabled,
        String endpointUrl,
        String whitelistedIp,
        List<CredentialExpiry> expiries) {

    /** A credential (by its schema name and label) that stops being valid at {@code notAfter}. */
    public record CredentialExpiry(String name, String label, Instant notAfter) {}
}
