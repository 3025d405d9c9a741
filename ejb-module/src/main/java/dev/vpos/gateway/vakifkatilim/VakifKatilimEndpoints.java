package dev.vpos.gateway.vakifkatilim;

import dev.vpos.gateway.domain.GatewayAccount;
import java.net.URI;

/**
 * Where each call goes. The definition's endpoint is the gates' base ({@code .../VirtualPOS.Gateway/Home}); each gate
 * hangs below it by name. The common payment page (3D Host) is {@code .../VirtualPOS.Gateway/CommonPaymentPage/
 * CommonPaymentPage} on the same base (mews/pos configuration).
 */
final class VakifKatilimEndpoints {

    static final String NON_3D = "Non3DPayGate";
    static final String PRE_AUTH = "PreAuthorizaten";
    static final String CAPTURE = "PreAuthorizatenClose";
    static final String ENROLLMENT = "ThreeDModelPayGate";
    static final String PROVISION = "ThreeDModelProvisionGate";
    static final String SALE_REVERSAL = "SaleReversal";
    static final String PRE_AUTH_REVERSAL = "PreAuthorizationReversal";
    static final String DRAWBACK = "DrawBack";
    static final String PARTIAL_DRAWBACK = "PartialDrawBack";
    static final String PRE_AUTH_DRAWBACK = "PreAuthorizationDrawBack";
    static final String STATUS = "SelectOrderByMerchantOrderId";
    static final String HISTORY = "SelectOrder";
    static final String HOST_PAGE = "CommonPaymentPage/CommonPaymentPage";

    private VakifKatilimEndpoints() {}

    static URI gate(GatewayAccount account, String gate) {
        return URI.create(base(account) + "/" + gate);
    }

    /** The common payment page: {@code .../Home} replaced by {@code .../CommonPaymentPage/CommonPaymentPage}. */
    static URI hostPage(GatewayAccount account) {
        String base = base(account);
        String root = base.toLowerCase(java.util.Locale.ROOT).endsWith("/home")
                ? base.substring(0, base.length() - "/home".length())
                : base;
        return URI.create(root + "/" + HOST_PAGE);
    }

    private static String base(GatewayAccount account) {
        return account.endpoint().toString().replaceAll("/+$", "");
    }
}
