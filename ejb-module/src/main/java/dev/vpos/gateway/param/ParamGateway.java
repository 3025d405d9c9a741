package dev.vpos.gateway.param;

import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.gateway.domain.ConnectionCheck;
import dev.vpos.gateway.domain.FollowUp;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.GatewayOperation;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.HistoryInquiry;
import dev.vpos.gateway.domain.OrderHistory;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.gateway.domain.SaleInstruction;
import dev.vpos.gateway.domain.ThreeDsCallback;
import dev.vpos.gateway.domain.ThreeDsFinish;
import dev.vpos.gateway.domain.ThreeDsRequest;
import dev.vpos.gateway.domain.ThreeDsStart;
import dev.vpos.gateway.infrastructure.BankAdapter;
import dev.vpos.gateway.infrastructure.BankReply;
import dev.vpos.gateway.param.soap.STIzlemeSonuc;
import dev.vpos.gateway.param.soap.STSorgulama4Sonuc;
import dev.vpos.gateway.param.soap.STWSGuvenlik;
import dev.vpos.gateway.param.soap.TPIslemIptalIadeKismi2;
import dev.vpos.gateway.param.soap.TPIslemIptalOnProv;
import dev.vpos.gateway.param.soap.TPIslemIzleme;
import dev.vpos.gateway.param.soap.TPIslemOdemeOnProvKapa;
import dev.vpos.gateway.param.soap.TPIslemSorgulama4;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Param (TurkPos): a SOAP service, called through the JAX-WS client CXF generated from its WSDL
 * ({@link ParamSoapClient}). Non-3D sale ({@code TP_WMD_UCD}, {@code NS}) and pre-authorisation
 * ({@code TP_Islem_Odeme_OnProv_WMD}), the pre-authorisation's closing for all or part of it
 * ({@code TP_Islem_Odeme_OnProv_Kapa}) or cancel ({@code TP_Islem_Iptal_OnProv}), a sale's cancel on its day and
 * refunds (all or part) after it ({@code TP_Islem_Iptal_Iade_Kismi2}, {@code IPTAL} / {@code IADE}), the order's status
 * ({@code TP_Islem_Sorgulama4}), its itemized history ({@code TP_Islem_Izleme} from the order's day, which the status
 * gives, to the end of today); and the 3D model ({@link ParamThreeDs}). Every payment
 * request carries {@code Islem_Hash} (SHA-1, {@link ParamHash}).
 */
@ApplicationScoped
public class ParamGateway extends BankAdapter {

    /** The reference a pre-authorisation leaves with its collection: its void is Param's pre-authorisation cancel. */
    static final String AUTHORIZATION = "authorization";

    /**
     * The reference a hosted-page payment leaves when Param numbered its order ({@code TURKPOS_RETVAL_Siparis_ID}
     * other than our order id): its follow-ups name Param's order.
     */
    static final String PARAM_ORDER = "paramOrderId";

    /** The order a follow-up names at Param: Param's own for a hosted-page payment that has one, else ours. */
    static String order(FollowUp followUp) {
        String param = followUp.reference(PARAM_ORDER);
        return param == null || param.isBlank() ? followUp.bankOrderId() : param;
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    @Inject
    ParamSoapClient soap;

    @Inject
    Clock clock;

    public ParamGateway() {
        super(
                GatewayFamily.PARAM,
                EnumSet.of(
                        GatewayOperation.SALE,
                        GatewayOperation.PRE_AUTH,
                        GatewayOperation.CAPTURE,
                        GatewayOperation.PARTIAL_CAPTURE,
                        GatewayOperation.VOID,
                        GatewayOperation.REFUND,
                        GatewayOperation.PARTIAL_REFUND,
                        GatewayOperation.STATUS,
                        GatewayOperation.HISTORY),
                EnumSet.of(
                        PaymentModel.REGULAR,
                        PaymentModel.THREE_D,
                        PaymentModel.THREE_D_PAY,
                        PaymentModel.THREE_D_HOST));
    }

    ParamGateway(ParamSoapClient soap) {
        this(soap, Clock.systemUTC());
    }

    ParamGateway(ParamSoapClient soap, Clock clock) {
        this();
        this.soap = soap;
        this.clock = clock;
    }

    /** Param's own transaction id of a request ({@code Islem_ID}): 24 random hexadecimal digits. */
    static String transactionId() {
        byte[] b = new byte[12];
        RANDOM.nextBytes(b);
        return HexFormat.of().withUpperCase().formatHex(b);
    }

    static STWSGuvenlik g(ParamCredentials c) {
        STWSGuvenlik g = new STWSGuvenlik();
        g.setCLIENTCODE(c.clientCode());
        g.setCLIENTUSERNAME(c.clientUsername());
        g.setCLIENTPASSWORD(c.clientPassword());
        return g;
    }

    @Override
    public ConnectionCheck testConnection(GatewayAccount account) {
        BankReply<STSorgulama4Sonuc> reply = inquiry("VPTEST" + transactionId().substring(0, 14), account);
        if (!reply.answered()) {
            String why = reply.exchange().failure() == null
                    ? "no readable answer"
                    : reply.exchange().failure();
            return new ConnectionCheck(false, false, null, why, reply.exchange());
        }
        String sonuc =
                reply.get().getSonuc() == null ? "" : reply.get().getSonuc().trim();
        boolean rejected = ParamStatusReading.CREDENTIALS_REFUSED.contains(sonuc);
        return new ConnectionCheck(true, !rejected, sonuc, reply.get().getSonucStr(), reply.exchange());
    }

    BankReply<STSorgulama4Sonuc> inquiry(String orderId, GatewayAccount account) {
        return inquiry(soap, orderId, account);
    }

    static BankReply<STSorgulama4Sonuc> inquiry(ParamSoapClient soap, String orderId, GatewayAccount account) {
        ParamCredentials c = ParamCredentials.of(account);
        TPIslemSorgulama4 request = new TPIslemSorgulama4();
        request.setG(g(c));
        request.setGUID(c.guid());
        request.setDekontID("");
        request.setSiparisID(orderId);
        request.setIslemID("");
        return soap.call(account, port -> port.tpIslemSorgulama4(request).getTPIslemSorgulama4Result());
    }

    @Override
    public GatewayResult status(String bankOrderId, GatewayAccount account) {
        return ParamStatusReading.status(inquiry(bankOrderId, account), bankOrderId);
    }

    /**
     * The order's transactions, one line each: {@code TP_Islem_Izleme} from the start of the order's day (read first
     * from its status, {@code TP_Islem_Sorgulama4}'s {@code Tarih}) to the end of today, Istanbul time, the rows of
     * this order kept. An order the bank does not know has an empty history.
     */
    @Override
    public OrderHistory history(HistoryInquiry inquiry, GatewayAccount account) {
        BankReply<STSorgulama4Sonuc> found = inquiry(inquiry.bankOrderId(), account);
        if (!found.answered()) {
            return found.notAnswered();
        }
        if (ParamStatusReading.notFound(found.get())) {
            return OrderHistory.of(List.of(), true, inquiry.currency(), found.exchange());
        }
        Optional<LocalDate> day = ParamHistoryReading.orderDay(found.get(), inquiry.bankOrderId());
        if (day.isEmpty()) {
            return found.notAnswered("the order's status gives no date: "
                    + found.get().getSonuc() + " " + found.get().getSonucStr());
        }
        LocalDate today = LocalDate.now(clock.withZone(ISTANBUL));
        LocalDate last = today.isBefore(day.get()) ? day.get() : today;
        ParamCredentials c = ParamCredentials.of(account);
        TPIslemIzleme request = new TPIslemIzleme();
        request.setG(g(c));
        request.setGUID(c.guid());
        request.setTarihBas(day.get().atStartOfDay().format(ParamHistoryReading.PARAM_TIME));
        request.setTarihBit(last.atTime(23, 59, 59).format(ParamHistoryReading.PARAM_TIME));
        request.setIslemTip("");
        request.setIslemDurum("");
        BankReply<STIzlemeSonuc> reply =
                soap.call(account, port -> port.tpIslemIzleme(request).getTPIslemIzlemeResult());
        OrderHistory history = ParamHistoryReading.read(reply, inquiry);
        return new OrderHistory(
                history.answered(),
                history.itemized(),
                history.lines(),
                found.exchange().then(history.exchange()));
    }

    @Override
    public GatewayResult sale(SaleInstruction sale, GatewayAccount account) {
        return authorize(sale, AuthorizationKind.SALE, account);
    }

    @Override
    public GatewayResult preAuthorize(SaleInstruction sale, GatewayAccount account) {
        return authorize(sale, AuthorizationKind.PRE_AUTH, account);
    }

    private GatewayResult authorize(SaleInstruction sale, AuthorizationKind kind, GatewayAccount account) {
        String currency = sale.amount().currencyCode();
        if (!ParamFormats.LIRA.equals(currency) && kind == AuthorizationKind.PRE_AUTH) {
            return GatewayResult.notSent("Param's pre-authorisation takes Turkish lira only, not " + currency);
        }
        if (!ParamFormats.LIRA.equals(currency) && !ParamFormats.FOREIGN.containsKey(currency)) {
            return GatewayResult.notSent(
                    "Param's TP_Islem_Odeme_WD takes US dollars, euros and pounds only, not " + currency);
        }
        ParamPayment payment = new ParamPayment(
                ParamCredentials.of(account),
                sale.bankOrderId(),
                sale.amount(),
                sale.installments(),
                sale.card().digits(),
                sale.expiry(),
                sale.cvv(),
                "",
                sale.customerIp(),
                "",
                "");
        BankReply<ParamAnswer> reply = soap.call(account, port -> payment.send(port, kind, ParamPayment.NON_SECURE));
        return ParamAnswer.result(
                reply,
                sale.bankOrderId(),
                kind == AuthorizationKind.PRE_AUTH
                        ? Map.of(AUTHORIZATION, AuthorizationKind.PRE_AUTH.name())
                        : Map.of());
    }

    /** {@code TP_Islem_Odeme_OnProv_Kapa} for {@link FollowUp#amount()} (up to what was reserved). */
    @Override
    public GatewayResult capture(FollowUp followUp, GatewayAccount account) {
        ParamCredentials c = ParamCredentials.of(account);
        TPIslemOdemeOnProvKapa request = new TPIslemOdemeOnProvKapa();
        request.setG(g(c));
        request.setGUID(c.guid());
        request.setProvID("");
        request.setProvTutar(ParamFormats.commaAmount(followUp.amount()));
        request.setSiparisID(order(followUp));
        BankReply<ParamAnswer> reply = soap.call(account, port -> {
            var r = port.tpIslemOdemeOnProvKapa(request).getTPIslemOdemeOnProvKapaResult();
            return r == null ? null : ParamAnswer.of(r);
        });
        return ParamAnswer.result(reply, order(followUp), Map.of());
    }

    /**
     * A pre-authorisation not closed is cancelled with {@code TP_Islem_Iptal_OnProv}; a sale (or a closed
     * pre-authorisation) with {@code TP_Islem_Iptal_Iade_Kismi2} {@code IPTAL} for its whole amount, on its day.
     */
    @Override
    public GatewayResult voidTransaction(FollowUp followUp, GatewayAccount account) {
        ParamCredentials c = ParamCredentials.of(account);
        boolean openPreAuthorization = AuthorizationKind.PRE_AUTH.name().equals(followUp.reference(AUTHORIZATION))
                && !captured(followUp, account);
        if (openPreAuthorization) {
            TPIslemIptalOnProv request = new TPIslemIptalOnProv();
            request.setG(g(c));
            request.setGUID(c.guid());
            request.setProvID("");
            request.setSiparisID(order(followUp));
            BankReply<ParamAnswer> reply = soap.call(account, port -> {
                var r = port.tpIslemIptalOnProv(request).getTPIslemIptalOnProvResult();
                return r == null ? null : ParamAnswer.of(r);
            });
            return ParamAnswer.result(reply, order(followUp), Map.of());
        }
        return cancelOrRefund("IPTAL", followUp, account);
    }

    /** Whether the bank shows the pre-authorisation closed (captured); a status that cannot be read says no. */
    private boolean captured(FollowUp followUp, GatewayAccount account) {
        BankReply<STSorgulama4Sonuc> reply = inquiry(order(followUp), account);
        return reply.answered()
                && ParamStatusReading.capturedAmount(reply.get()).isPresent();
    }

    @Override
    public GatewayResult refund(FollowUp followUp, GatewayAccount account) {
        return cancelOrRefund("IADE", followUp, account);
    }

    private GatewayResult cancelOrRefund(String durum, FollowUp followUp, GatewayAccount account) {
        ParamCredentials c = ParamCredentials.of(account);
        TPIslemIptalIadeKismi2 request = new TPIslemIptalIadeKismi2();
        request.setG(g(c));
        request.setGUID(c.guid());
        request.setDurum(durum);
        request.setSiparisID(order(followUp));
        request.setTutar(ParamFormats.dotAmount(followUp.amount()));
        BankReply<ParamAnswer> reply = soap.call(account, port -> {
            var r = port.tpIslemIptalIadeKismi2(request).getTPIslemIptalIadeKismi2Result();
            return r == null ? null : ParamAnswer.of(r);
        });
        return ParamAnswer.result(reply, order(followUp), Map.of());
    }

    @Override
    public ThreeDsStart startThreeDs(ThreeDsRequest request, GatewayAccount account) {
        return new ParamThreeDs(soap).start(request, account);
    }

    @Override
    public ThreeDsFinish finishThreeDs(ThreeDsCallback callback, GatewayAccount account) {
        return new ParamThreeDs(soap).finish(callback, account);
    }
}
