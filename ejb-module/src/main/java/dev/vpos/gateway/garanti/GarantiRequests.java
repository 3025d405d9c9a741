package dev.vpos.gateway.garanti;

import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.gateway.domain.FollowUp;
import dev.vpos.gateway.domain.SaleInstruction;
import dev.vpos.gateway.domain.ThreeDsSale;
import dev.vpos.shared.domain.Money;
import java.util.Optional;

/**
 * Builds the {@code GVPSRequest}s of each operation. Garanti identifies follow-ups by our original OrderID plus the
 * original RRN ({@code OriginalRetrefNum}); it takes no new id for them. Void and inquiries carry the fixed amount
 * 1.00 ({@code 100}) the bank expects there. Empty when the definition lacks the refund user a void or refund needs.
 */
final class GarantiRequests {

    static final String RETREF_NUM = "retrefNum";
    static final String BATCH_NUM = "batchNum";
    static final String SEQUENCE_NUM = "sequenceNum";

    static final String SALES = "sales";
    static final String PREAUTH = "preauth";
    static final String POSTAUTH = "postauth";
    static final String VOID = "void";
    static final String REFUND = "refund";
    static final String ORDER_INQUIRY = "orderinq";
    static final String ORDER_HISTORY = "orderhistoryinq";

    private static final String FIXED_AMOUNT = "100";
    private static final String TRY = "949";

    private GarantiRequests() {}

    static String typeOf(AuthorizationKind kind) {
        return kind == AuthorizationKind.PRE_AUTH ? PREAUTH : SALES;
    }

    static GvpsRequest authorization(SaleInstruction sale, AuthorizationKind kind, GarantiCredentials c) {
        String type = typeOf(kind);
        return new GvpsRequest(
                c.mode(),
                c.terminalId(),
                c.merchantId(),
                c.userFor(type).orElseThrow(),
                nullToEmpty(sale.customerIp()),
                nullToEmpty(sale.email()),
                new GvpsRequest.Card(
                        sale.card().digits(), GarantiFormats.expiry(sale.expiry()), nullToEmpty(sale.cvv())),
                sale.bankOrderId(),
                type,
                GarantiFormats.installments(sale.installments()),
                GarantiFormats.amount(sale.amount()),
                GarantiFormats.currency(sale.amount()),
                null,
                null);
    }

    /** The provision after a 3-D authentication (model 3D): no card, the MPI data instead. */
    static GvpsRequest provision(
            ThreeDsSale sale, AuthorizationKind kind, GvpsRequest.Secure3d mpi, GarantiCredentials c) {
        String type = typeOf(kind);
        return new GvpsRequest(
                c.mode(),
                c.terminalId(),
                c.merchantId(),
                c.userFor(type).orElseThrow(),
                nullToEmpty(sale.customerIp()),
                nullToEmpty(sale.email()),
                null,
                sale.bankOrderId(),
                type,
                GarantiFormats.installments(sale.installments()),
                GarantiFormats.amount(sale.amount()),
                GarantiFormats.currency(sale.amount()),
                null,
                mpi);
    }

    static Optional<GvpsRequest> followUp(String type, FollowUp f, GarantiCredentials c) {
        Money amount = f.amount();
        String wireAmount = VOID.equals(type) ? FIXED_AMOUNT : GarantiFormats.amount(amount);
        String retref = f.reference(RETREF_NUM);
        return c.userFor(type)
                .map(user -> new GvpsRequest(
                        c.mode(),
                        c.terminalId(),
                        c.merchantId(),
                        user,
                        "",
                        "",
                        null,
                        f.bankOrderId(),
                        type,
                        POSTAUTH.equals(type) ? "" : GarantiFormats.installments(f.installments()),
                        wireAmount,
                        GarantiFormats.currency(amount),
                        retref,
                        null));
    }

    static GvpsRequest inquiry(String type, String orderId, GarantiCredentials c) {
        return new GvpsRequest(
                c.mode(),
                c.terminalId(),
                c.merchantId(),
                c.userFor(type).orElseThrow(),
                "",
                "",
                null,
                orderId,
                type,
                "",
                FIXED_AMOUNT,
                TRY,
                null,
                null);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
