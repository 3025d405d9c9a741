package dev.vpos.simulator.vakifkatilim;

import dev.vpos.simulator.card.CardNumbers;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import dev.vpos.simulator.vakifkatilim.VakifKatilimMerchants.Merchant;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Books what the bank did in the {@link Ledger} (family {@value #FAMILY}, merchant = MerchantId) and writes its
 * {@code VPosTransactionResponseContract} answers: for a booked transaction (with its VPosMessage, codes and the
 * answer's HashData) and for a refusal that booked nothing.
 */
final class VakifKatilimBooks {

    static final String FAMILY = "VAKIF_KATILIM";

    /** One booked transaction: its ledger entry and the bank's OrderId of its order. */
    record Booked(LedgerEntry entry, String bankOrderId) {}

    private final Ledger ledger;
    private final Clock clock;
    private final VakifKatilimIdentifiers ids;

    VakifKatilimBooks(Ledger ledger, Clock clock, VakifKatilimIdentifiers ids) {
        this.ledger = ledger;
        this.clock = clock;
        this.ids = ids;
    }

    Ledger ledger() {
        return ledger;
    }

    /** Books an authorisation (sale or pre-authorisation); empty when the order id already has an approved one. */
    Optional<Booked> authorization(
            Merchant m,
            String orderId,
            long kurus,
            String currency,
            String installments,
            String pan,
            String code,
            LedgerType type) {
        String stan = ids.stan();
        String rrn = ids.rrn(stan);
        String provision = VakifKatilimCodes.APPROVED.equals(code) ? ids.provisionNumber() : "";
        LedgerEntry entry = new LedgerEntry(
                FAMILY,
                m.merchantId(),
                orderId,
                BigDecimal.valueOf(kurus, 2),
                currency,
                Math.max(1, Integer.parseInt(installments)),
                CardNumbers.mask(pan),
                code,
                provision,
                rrn,
                stan,
                Integer.toString(ledger.openBatch(FAMILY)),
                now(),
                type);
        return ledger.record(entry)
                ? Optional.of(new Booked(entry, VakifKatilimIdentifiers.orderId(rrn)))
                : Optional.empty();
    }

    /** Books a follow-up of {@code authorization} for {@code amount} (approved). */
    Booked followUp(LedgerEntry authorization, BigDecimal amount, LedgerType type) {
        String stan = ids.stan();
        LedgerEntry entry = new LedgerEntry(
                FAMILY,
                authorization.clientId(),
                authorization.orderId(),
                amount,
                authorization.currency(),
                authorization.installments(),
                authorization.maskedPan(),
                VakifKatilimCodes.APPROVED,
                authorization.authCode(),
                ids.rrn(stan),
                stan,
                Integer.toString(ledger.openBatch(FAMILY)),
                now(),
                type);
        ledger.record(entry);
        return new Booked(entry, VakifKatilimIdentifiers.orderId(authorization.hostRefNum()));
    }

    /** The answer for a booked transaction, with the given transport fault acted out on the body. */
    VakifKatilimReply answer(
            Booked booked, Merchant m, String security, String message, VakifKatilimOutcomes.Fault fault) {
        LedgerEntry e = booked.entry();
        long kurus = e.amount().movePointRight(2).longValueExact();
        Map<String, Object> vpos = new LinkedHashMap<>();
        vpos.put("OrderId", booked.bankOrderId());
        vpos.put("MerchantId", m.merchantId());
        vpos.put("SubMerchantId", "0");
        vpos.put("CustomerId", m.customerId());
        vpos.put("CardNumber", e.maskedPan());
        vpos.put("BatchID", e.settleId());
        vpos.put("InstallmentCount", e.installments() <= 1 ? "0" : Integer.toString(e.installments()));
        vpos.put("Amount", Long.toString(kurus));
        vpos.put("MerchantOrderId", e.orderId());
        vpos.put("FECAmount", "0");
        vpos.put("CurrencyCode", e.currency().replaceFirst("^0", ""));
        vpos.put("TransactionSecurity", security);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("VPosMessage", vpos);
        f.put("IsEnrolled", "true");
        f.put("IsVirtual", "false");
        f.put("ProvisionNumber", e.authCode());
        f.put("RRN", e.hostRefNum());
        f.put("Stan", e.transId());
        f.put("ResponseCode", e.resultCode());
        f.put("ResponseMessage", message);
        f.put("OrderId", booked.bankOrderId());
        f.put(
                "TransactionTime",
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS).toString());
        f.put("MerchantOrderId", e.orderId());
        f.put(
                "HashData",
                VakifKatilimHashes.answer(
                        e.orderId(), e.hostRefNum(), e.resultCode(), booked.bankOrderId(), m.hashedPassword()));
        f.put("BusinessKey", "0");
        byte[] xml =
                VakifKatilimWriter.document(VakifKatilimWriter.PAYMENT_ROOT, f).getBytes(StandardCharsets.UTF_8);
        if (fault == VakifKatilimOutcomes.Fault.MALFORMED) {
            xml = Arrays.copyOf(xml, xml.length / 2);
        }
        return new VakifKatilimReply(200, VakifKatilimWriter.XML_TYPE, xml, fault);
    }

    /** A refusal: nothing booked, OrderId 0, no hash. */
    static VakifKatilimReply refusal(String code, String merchantOrderId) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("IsEnrolled", "false");
        f.put("IsVirtual", "false");
        f.put("ResponseCode", code);
        f.put("ResponseMessage", VakifKatilimCodes.message(code));
        f.put("OrderId", "0");
        f.put("TransactionTime", "0001-01-01T00:00:00");
        f.put("MerchantOrderId", merchantOrderId);
        f.put("BusinessKey", "0");
        return VakifKatilimReply.xml(VakifKatilimWriter.document(VakifKatilimWriter.PAYMENT_ROOT, f));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
