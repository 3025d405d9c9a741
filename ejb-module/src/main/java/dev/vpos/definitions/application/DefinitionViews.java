package dev.vpos.definitions.application;

import dev.vpos.definitions.domain.SecretSealer;
import dev.vpos.definitions.domain.StoredCredential;
import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.definitions.infrastructure.DefinitionUsageQueries;
import dev.vpos.gateway.application.GatewayRegistry;
import dev.vpos.gateway.domain.CredentialField;
import dev.vpos.gateway.domain.GatewayFamily;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds what admins and screens see of a definition; a secret shows only whether it is set and its last 2 chars. */
@ApplicationScoped
public class DefinitionViews {

    @Inject
    DefinitionUsageQueries usage;

    @Inject
    GatewayRegistry gateways;

    @Inject
    SecretSealer sealer;

    SecretSealer sealer() {
        return sealer;
    }

    /** Every stored credential, secrets opened, for the family's checks when a definition is enabled. */
    Map<String, String> openCredentials(VposDefinition d) {
        Map<String, String> open = new HashMap<>();
        d.getCredentials().forEach(c -> open.put(c.name(), c.sealed() ? sealer.open(c.value(), c.name()) : c.value()));
        return open;
    }

    DefinitionDetails details(VposDefinition d, boolean withCredentials) {
        OffsetDateTime lastApproved = usage.lastApproval(d.getId());
        return new DefinitionDetails(
                d.getId(),
                d.getCompanyId(),
                d.getCode(),
                d.getDisplayName(),
                d.getBankName(),
                d.getLogoUrl(),
                d.getFamily().name(),
                d.getEnvironment().name(),
                d.getPaymentModel().name(),
                d.getEndpointUrl(),
                d.getTestEndpointUrl(),
                d.getLiveEndpointUrl(),
                d.getConnectTimeoutMs(),
                d.getReadTimeoutMs(),
                Arrays.stream(d.getCurrencies().split(",")).sorted().toList(),
                d.getMinAmount(),
                d.getMaxAmount(),
                d.getInstallmentPlans().stream()
                        .map(p -> new DefinitionDetails.PlanView(
                                p.installments(),
                                p.commissionRate(),
                                p.fixedFee(),
                                p.blockedDays(),
                                p.commissionToPayer()))
                        .toList(),
                d.getDiscount().type().name(),
                d.getDiscount().value(),
                d.isSaveCardAllowed(),
                d.getOutgoingIp(),
                d.getBankAccountId(),
                d.isEnabled(),
                d.isDefaultForCompany(),
                d.getVersion(),
                d.getTestApprovedAt(),
                lastApproved,
                withCredentials ? credentials(d) : List.of());
    }

    private List<DefinitionDetails.CredentialView> credentials(VposDefinition d) {
        return gateways.schema(d.getFamily())
                .map(schema -> schema.fields().stream()
                        .map(f -> view(
                                d.getFamily(),
                                f,
                                d.getCredentials().stream()
                                        .filter(c -> c.name().equals(f.name()))
                                        .findFirst()))
                        .toList())
                .orElse(List.of());
    }

    private DefinitionDetails.CredentialView view(
            GatewayFamily family, CredentialField field, Optional<StoredCredential> stored) {
        if (stored.isEmpty()) {
            return new DefinitionDetails.CredentialView(
                    field.name(), field.label(), field.secret(), field.required(), false, null, null, "");
        }
        StoredCredential c = stored.get();
        if (!c.sealed()) {
            String note = gateways.profile(family)
                    .map(p -> p.describe(c.name(), c.value()))
                    .orElse("");
            return new DefinitionDetails.CredentialView(
                    field.name(), field.label(), false, field.required(), true, c.value(), null, note);
        }
        try {
            String open = sealer.open(c.value(), c.name());
            return new DefinitionDetails.CredentialView(
                    field.name(),
                    field.label(),
                    true,
                    field.required(),
                    true,
                    null,
                    open.length() <= 2 ? "" : open.substring(open.length() - 2),
                    "");
        } catch (IllegalStateException e) {
            // one damaged or foreign-key value must not hide the definition: say so, and let the admin re-enter it
            return new DefinitionDetails.CredentialView(
                    field.name(),
                    field.label(),
                    true,
                    field.required(),
                    true,
                    null,
                    null,
                    "cannot be opened: " + e.getMessage() + "; enter it again");
        }
    }
}
