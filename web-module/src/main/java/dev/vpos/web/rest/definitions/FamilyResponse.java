package dev.vpos.web.rest.definitions;

import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.GatewayFamily;
import java.util.List;

/** What the API answers for {@code CredentialSchema}, mapped at the API edge. */
public record FamilyResponse(
        GatewayFamily family,
        String displayName,
        List<CredentialField> fields,
        List<String> paymentModels,
        String defaultTestEndpoint,
        String defaultLiveEndpoint) {

    public static FamilyResponse of(CredentialSchema a) {
        return new FamilyResponse(
                a.family(),
                a.displayName(),
                a.fields() == null
                        ? null
                        : a.fields().stream().map(CredentialField::of).toList(),
                a.paymentModels(),
                a.defaultTestEndpoint(),
                a.defaultLiveEndpoint());
    }

    /** {@code dev.vpos.gateway.domain.CredentialField} as the API shows it. */
    public record CredentialField(
            String name, String label, boolean secret, boolean required, String format, String formatHint) {

        public static CredentialField of(dev.vpos.gateway.domain.CredentialField a) {
            return new CredentialField(a.name(), a.label(), a.secret(), a.required(), a.format(), a.formatHint());
        }
    }
}
