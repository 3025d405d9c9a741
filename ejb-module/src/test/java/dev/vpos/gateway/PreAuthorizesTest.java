package dev.vpos.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpos.gateway.domain.PaymentGateway;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.gateway.est.EstGateway;
import dev.vpos.gateway.kuveytturk.KuveytTurkGateway;
import dev.vpos.gateway.tosla.ToslaGateway;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which payment models a family can take a pre-authorisation in: what a PRE_AUTH checkout session may offer. */
class PreAuthorizesTest {

    private static Set<PaymentModel> holdingModels(PaymentGateway g) {
        return EnumSet.allOf(PaymentModel.class).stream()
                .filter(g::preAuthorizes)
                .collect(Collectors.toSet());
    }

    @Test
    void toslaPreAuthorisesOnlyThroughItsThreeDModels() {
        assertEquals(Set.of(PaymentModel.THREE_D_PAY, PaymentModel.THREE_D_HOST), holdingModels(new ToslaGateway()));
    }

    @Test
    void aFamilyPublishingPreAuthHoldsInEveryModelItImplements() {
        assertEquals(EnumSet.allOf(PaymentModel.class), holdingModels(new EstGateway()));
    }

    @Test
    void aFamilyWithoutPreAuthHoldsInNone() {
        assertEquals(Set.of(), holdingModels(new KuveytTurkGateway()));
    }
}
