package dev.vpos.gateway.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpos.gateway.akbank.AkbankGateway;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.PaymentGateway;
import dev.vpos.gateway.est.EstGateway;
import dev.vpos.gateway.garanti.GarantiGateway;
import dev.vpos.gateway.interpos.InterPosGateway;
import dev.vpos.gateway.kuveytturk.KuveytTurkGateway;
import dev.vpos.gateway.mypos.MyPosGateway;
import dev.vpos.gateway.param.ParamGateway;
import dev.vpos.gateway.payflex.PayFlexGateway;
import dev.vpos.gateway.payflexcp.PayFlexCpGateway;
import dev.vpos.gateway.payfor.PayForGateway;
import dev.vpos.gateway.paymaster.PayMasterGateway;
import dev.vpos.gateway.posnet.PosNetGateway;
import dev.vpos.gateway.posnetv1.PosNetV1Gateway;
import dev.vpos.gateway.stripe.StripeGateway;
import dev.vpos.gateway.tosla.ToslaGateway;
import dev.vpos.gateway.twocheckout.TwoCheckoutGateway;
import dev.vpos.gateway.vakifkatilim.VakifKatilimGateway;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the hosted page may offer is the adapters' to say, not a list of family names elsewhere. */
class GatewayCapabilitiesTest {

    private static final List<PaymentGateway> ALL = List.of(
            new EstGateway(),
            new GarantiGateway(),
            new PosNetGateway(),
            new PayForGateway(),
            new KuveytTurkGateway(),
            new PayFlexGateway(),
            new MyPosGateway(),
            new StripeGateway(),
            new TwoCheckoutGateway(),
            new PayMasterGateway(),
            new ToslaGateway(),
            new AkbankGateway(),
            new VakifKatilimGateway(),
            new ParamGateway(),
            new InterPosGateway(),
            new PosNetV1Gateway(),
            new PayFlexCpGateway());

    @Test
    void everyFamilyHasOneAdapter() {
        assertEquals(
                EnumSet.allOf(GatewayFamily.class),
                ALL.stream()
                        .map(PaymentGateway::family)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(GatewayFamily.class))));
    }

    @Test
    void onlyProvidersThatKeepCardsSaySo() {
        Set<GatewayFamily> keeping = ALL.stream()
                .filter(PaymentGateway::keepsCards)
                .map(PaymentGateway::family)
                .collect(Collectors.toSet());

        assertEquals(Set.of(GatewayFamily.MYPOS), keeping);
    }
}
