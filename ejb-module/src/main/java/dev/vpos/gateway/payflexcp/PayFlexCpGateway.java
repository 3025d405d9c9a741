package dev.vpos.gateway.payflexcp;

import dev.vpos.gateway.domain.ConnectionCheck;
import dev.vpos.gateway.domain.FollowUp;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.GatewayOperation;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.gateway.domain.SaleInstruction;
import dev.vpos.gateway.domain.ThreeDsCallback;
import dev.vpos.gateway.domain.ThreeDsFinish;
import dev.vpos.gateway.domain.ThreeDsRequest;
import dev.vpos.gateway.domain.ThreeDsStart;
import dev.vpos.gateway.infrastructure.BankAdapter;
import dev.vpos.gateway.infrastructure.BankReply;
import dev.vpos.gateway.infrastructure.transport.BankHttpTransport;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * VakıfBank Common Payment (Ortak Ödeme, PayFlex CP v4), distinct from the PayFlex MPI family: the bank's own pages
 * take the payment. {@code RegisterTransaction} (form POST, XML answer) registers a sale and answers a payment token
 * ({@link PayFlexCpRegistration}); the payer pays on the bank's pages — 3D Pay with the card our page took in the
 * registration, 3D Host with the bank's card page — and comes back to our URL with the bank's TransactionId and
 * token, which {@code VposTransaction} confirms ({@link PayFlexCpConfirmation}). Sales only: no non-3D sale, no
 * pre-authorisation and no history in Common Payment; cancel and refund go to the VPOS 7/24 provision service
 * ({@link PayFlexCpFollowUps}), the status by order id to its search service ({@link PayFlexCpStatus}).
 */
@ApplicationScoped
public class PayFlexCpGateway extends BankAdapter {

    /** Key of the bank's TransactionId of the sale in {@link GatewayResult#references()}. */
    static final String REF_TRANSACTION_ID = "transactionId";

    /** Inquiry answers that mean the merchant's credentials were refused (the simulator's, see the family page). */
    private static final Set<String> CREDENTIALS_REFUSED = Set.of("9039", "9065");

    private static final SecureRandom RANDOM = new SecureRandom();

    public PayFlexCpGateway() {
        super(
                GatewayFamily.PAYFLEX_CP,
                EnumSet.of(
                        GatewayOperation.SALE,
                        GatewayOperation.VOID,
                        GatewayOperation.REFUND,
                        GatewayOperation.PARTIAL_REFUND,
                        GatewayOperation.STATUS),
                EnumSet.of(PaymentModel.THREE_D_PAY, PaymentModel.THREE_D_HOST));
    }

    PayFlexCpGateway(BankHttpTransport transport) {
        this();
        connect(transport);
    }

    /** The inquiry of a payment that does not exist: the bank answers, and says whether it knows the merchant. */
    @Override
    public ConnectionCheck testConnection(GatewayAccount account) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String probe = HexFormat.of().formatHex(random);
        BankReply<PayFlexCpXml.Answer> reply =
                PayFlexCpConfirmation.inquiry(channel(), PayFlexCpCredentials.of(account), probe, probe, account);
        if (!reply.answered()) {
            String why = reply.exchange().failure() == null
                    ? "no readable answer"
                    : reply.exchange().failure();
            return new ConnectionCheck(
                    reply.reached() && reply.httpStatus() != null, false, null, why, reply.exchange());
        }
        PayFlexCpXml.Answer a = reply.get();
        String code = a.has("ErrorCode") ? a.get("ErrorCode") : a.get("Rc");
        String message = a.has("ResponseMessage") ? a.get("ResponseMessage") : a.get("Message");
        return new ConnectionCheck(true, !CREDENTIALS_REFUSED.contains(code), code, message, reply.exchange());
    }

    /** By our order id through the VPOS search service ({@link PayFlexCpStatus}). */
    @Override
    public GatewayResult status(String bankOrderId, GatewayAccount account) {
        return PayFlexCpStatus.ask(channel(), bankOrderId, account);
    }

    /** Common Payment takes every payment on the bank's pages: there is no non-3D sale. */
    @Override
    public GatewayResult sale(SaleInstruction instruction, GatewayAccount account) {
        return GatewayResult.notSent("PAYFLEX_CP takes payments on the bank's pages only (3D Pay, 3D Host)");
    }

    @Override
    public GatewayResult voidTransaction(FollowUp followUp, GatewayAccount account) {
        return PayFlexCpFollowUps.send(channel(), "Cancel", followUp, account);
    }

    @Override
    public GatewayResult refund(FollowUp followUp, GatewayAccount account) {
        return PayFlexCpFollowUps.send(channel(), "Refund", followUp, account);
    }

    @Override
    public ThreeDsStart startThreeDs(ThreeDsRequest request, GatewayAccount account) {
        return PayFlexCpRegistration.start(channel(), request, account);
    }

    @Override
    public ThreeDsFinish finishThreeDs(ThreeDsCallback callback, GatewayAccount account) {
        return PayFlexCpConfirmation.finish(channel(), callback, account);
    }
}
