package dev.vpos.simulator.posnet;

import dev.vpos.simulator.card.CardNumbers;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The simulated YapıKredi PosNet XML service without HTTP. {@link #handle} reads a {@code posnetRequest}, checks the
 * merchant and terminal (0148), the fields (0030) and, for the 3-D calls, the bank's packets and the merchant's MAC
 * (E216); it books authorisations and follow-ups in the {@link Ledger} under family {@value #FAMILY} and answers.
 * A request whose amount is a fault amount comes back with that {@link PosNetFault} for the servlet to play; an HTTP 500
 * amount is not processed at all.
 */
public final class PosNetBank {

    public static final String FAMILY = "POSNET";

    static final String INVALID_MERCHANT = "0148";
    static final String FORMAT_ERROR = "0030";
    static final String INVALID_CARD = "0014";
    static final String ORDER_ID_USED = "0127";
    static final String MAC_ERROR = "E216";
    static final Set<String> CURRENCIES = Set.of("TL", "US", "EU", "GB", "JP", "RU");

    /** The answer and the transport fault to play on it. */
    public record Reply(PosNetFault fault, byte[] xml, String summary) {}

    private final PosNetMerchants merchants;
    private final Ledger ledger;
    private final Clock clock;
    private final PosNetOutcomes outcomes;
    private final PosNetIdentifiers ids;
    private final PosNetFollowUps followUps;

    public PosNetBank(PosNetMerchants merchants, Ledger ledger, Clock clock, RandomGenerator random) {
        this.merchants = merchants;
        this.ledger = ledger;
        this.clock = clock;
        this.outcomes = new PosNetOutcomes(clock);
        this.ids = new PosNetIdentifiers(clock, random);
        this.followUps = new PosNetFollowUps(ledger, clock, ids);
    }

    public Reply handle(byte[] body, String contentType) {
        Optional<PosNetRequest> read = PosNetRequest.read(body, contentType);
        if (read.isEmpty()) {
            return reply(
                    PosNetFault.NONE, PosNetAnswer.refused(FORMAT_ERROR, "XML FORMAT HATASI"), "unreadable request");
        }
        PosNetRequest r = read.get();
        Optional<PosNetMerchants.Merchant> merchant = merchants.find(r.mid(), r.tid());
        if (merchant.isEmpty()) {
            return reply(PosNetFault.NONE, PosNetAnswer.refused(INVALID_MERCHANT, "INVALID MID TID IP"), r.operation());
        }
        PosNetMerchants.Merchant m = merchant.get();
        PosNetFault fault = faultOf(r);
        if (fault == PosNetFault.HTTP_500) {
            return new Reply(PosNetFault.HTTP_500, new byte[0], r.operation() + " HTTP 500");
        }
        PosNetAnswer answer = switch (r.operation()) {
            case "sale" -> authorize(m, r.fields(), LedgerType.SALE, r.get("orderID"), r.get("orderID"));
            case "auth" -> authorize(m, r.fields(), LedgerType.PRE_AUTH, r.get("orderID"), r.get("orderID"));
            case "capt" -> followUps.capture(m, r);
            case "reverse" -> followUps.reverse(m, r);
            case "return" -> followUps.refund(m, r);
            case "agreement" -> followUps.agreement(m, r);
            case "oosRequestData" -> PosNetOos.requestData(m, r);
            case "oosResolveMerchantData" -> PosNetOos.resolve(m, r);
            case "oosTranData" -> threeDProvision(m, r);
            default -> PosNetAnswer.refused(FORMAT_ERROR, "GECERSIZ ISLEM TIPI " + r.operation());
        };
        return reply(fault, answer, r.operation() + " -> approved=" + answer.approvedFlag() + " " + answer.respCode());
    }

    private static Reply reply(PosNetFault fault, PosNetAnswer answer, String summary) {
        return new Reply(fault, answer.toXml(), summary);
    }

    /** Faults come from the amount of whatever carries one (sale, auth, capt, return, the 3-D provision's packet). */
    private PosNetFault faultOf(PosNetRequest r) {
        String amount = r.get("amount");
        if ("oosTranData".equals(r.operation())) {
            amount = merchants
                    .byMid(r.mid())
                    .flatMap(m -> PosNetPackets.open(m, r.get("merchantData")))
                    .map(p -> p.getOrDefault("amount", ""))
                    .orElse("");
        }
        return amount.matches("\\d{1,12}") ? PosNetOutcomes.fault(Long.parseLong(amount)) : PosNetFault.NONE;
    }

    private PosNetAnswer threeDProvision(PosNetMerchants.Merchant m, PosNetRequest r) {
        PosNetOos.Opened opened;
        try {
            opened = PosNetOos.openAndCheckMac(m, r);
        } catch (PosNetOos.Refusal e) {
            return e.answer();
        }
        if (!Set.of("1", "2", "3", "4").contains(opened.bank().get("mdStatus"))) {
            return PosNetAnswer.refused("0012", "3D DOGRULAMA BASARISIZ, ISLEM YAPILAMAZ");
        }
        Map<String, String> f = new LinkedHashMap<>(opened.merchant());
        f.putAll(opened.bank());
        LedgerType type = "Auth".equals(f.get("tranType")) ? LedgerType.PRE_AUTH : LedgerType.SALE;
        String xid = f.get("xid");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("amount", f.get("amount"));
        fields.put("currencyCode", f.get("currency"));
        fields.put("installment", f.get("installment"));
        fields.put("ccno", f.get("ccno"));
        fields.put("expDate", f.get("expDate"));
        fields.put("cvc", f.get("cvc"));
        return authorize(m, fields, type, xid, PosNetOos.THREE_D_PREFIX + xid);
    }

    /**
     * A sale or pre-authorisation. {@code orderId} is the XID the ledger keys the order by; {@code reference} is how
     * the bank lists it later (the XID, or TDSC + XID for a 3-D order), kept in the ledger's transId.
     */
    private PosNetAnswer authorize(
            PosNetMerchants.Merchant m, Map<String, String> f, LedgerType type, String orderId, String reference) {
        String amount = f.getOrDefault("amount", "");
        String currency = f.getOrDefault("currencyCode", "");
        String installment = f.getOrDefault("installment", "");
        String pan = f.getOrDefault("ccno", "");
        if (!orderId.matches("[A-Za-z0-9_]{1,24}")) {
            return PosNetAnswer.refused(FORMAT_ERROR, "ORDERID HATALI");
        }
        if (!amount.matches("[1-9]\\d{0,11}") || !CURRENCIES.contains(currency) || !installment.matches("\\d{2}")) {
            return PosNetAnswer.refused(FORMAT_ERROR, "TUTAR/DOVIZ/TAKSIT HATALI");
        }
        if (!CardNumbers.wellFormed(pan) || !f.getOrDefault("cvc", "").matches("\\d{3,4}")) {
            return PosNetAnswer.refused(INVALID_CARD, "KART NUMARASI VEYA CVC HATALI 0014");
        }
        Optional<LedgerEntry> earlier = approvedAuthorization(m, orderId);
        if (earlier.isPresent()) {
            return alreadyUsed(earlier.get());
        }
        long kurus = Long.parseLong(amount);
        Optional<String> refusal = outcomes.refusal(pan, f.getOrDefault("expDate", ""), kurus);
        String hostLogKey = ids.hostLogKey();
        String authCode = refusal.isPresent() ? "" : ids.authCode();
        int installments = Math.max(1, Integer.parseInt(installment));
        LedgerEntry entry = new LedgerEntry(
                FAMILY,
                m.merchantNo(),
                orderId,
                BigDecimal.valueOf(kurus, 2),
                currency,
                installments,
                CardNumbers.mask(pan),
                refusal.orElse(LedgerEntry.APPROVED),
                authCode,
                hostLogKey,
                reference,
                null,
                now(),
                type);
        if (!ledger.record(entry)) {
            return approvedAuthorization(m, orderId)
                    .map(PosNetBank::alreadyUsed)
                    .orElseGet(
                            () -> PosNetAnswer.alreadyProcessed(ORDER_ID_USED, "ORDERID DAHA ONCE KULLANILMIS 0127"));
        }
        if (refusal.isPresent()) {
            return PosNetAnswer.refused(refusal.get(), PosNetOutcomes.TEXTS.get(refusal.get()));
        }
        Map<String, String> inst = new LinkedHashMap<>();
        inst.put("inst1", installment);
        inst.put("amnt1", "000000000000");
        return PosNetAnswer.approved()
                .put("hostlogkey", hostLogKey)
                .put("authCode", authCode)
                .put("tranDate", ids.tranDate())
                .group("instInfo", inst);
    }

    private Optional<LedgerEntry> approvedAuthorization(PosNetMerchants.Merchant m, String orderId) {
        return ledger.entriesOf(FAMILY, m.merchantNo(), orderId).stream()
                .filter(LedgerEntry::isApprovedAuthorization)
                .findFirst();
    }

    private static PosNetAnswer alreadyUsed(LedgerEntry earlier) {
        return PosNetAnswer.alreadyProcessed(ORDER_ID_USED, "ORDERID DAHA ONCE KULLANILMIS 0127")
                .put("hostlogkey", earlier.hostRefNum())
                .put("authCode", earlier.authCode());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
