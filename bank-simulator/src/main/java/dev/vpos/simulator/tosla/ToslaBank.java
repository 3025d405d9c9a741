package dev.vpos.simulator.tosla;

import dev.vpos.simulator.card.CardNumbers;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import dev.vpos.simulator.tosla.ToslaMerchants.Merchant;
import dev.vpos.simulator.tosla.ToslaOutcomes.Fault;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The simulated Tosla payment API without HTTP: {@code POST .../api/Payment/<operation>} with a JSON body.
 * {@link #decide} reads the request and says which transport fault a sale's amount asks for (nothing booked yet);
 * {@link #answer} checks and processes it, recording what it did in the {@link Ledger}. Every request first needs a
 * known {@code clientId} with its {@code apiUser}, a {@code rnd}, a {@code timeSpan} within
 * {@value #TIME_SPAN_MINUTES} minutes of the bank's clock and the {@code hash} over them with the API password —
 * anything else is {@code Code 997} (no hash at all: {@code 999}, as the real API answers).
 */
public final class ToslaBank {

    /** A read request (empty when unreadable) and the fault its amount asks for. */
    public record Decision(Optional<ToslaRequest> request, Fault fault) {}

    static final long TIME_SPAN_MINUTES = 10;
    private static final DateTimeFormatter TIME_SPAN = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final ToslaMerchants merchants;
    private final Clock clock;
    private final RandomGenerator random;
    private final ToslaBooking booking;
    private final ToslaOutcomes outcomes;
    private final ToslaSessions sessions = new ToslaSessions();
    private final ToslaFollowUps followUps;
    private final ToslaInquiries inquiries;
    private final ToslaGate gate;

    public ToslaBank(ToslaMerchants merchants, Ledger ledger, Clock clock, RandomGenerator random) {
        this.merchants = merchants;
        this.clock = clock;
        this.random = random;
        this.booking = new ToslaBooking(ledger, clock, random);
        this.outcomes = new ToslaOutcomes(clock);
        this.followUps = new ToslaFollowUps(booking);
        this.inquiries = new ToslaInquiries(booking, sessions, clock.getZone());
        this.gate = new ToslaGate(sessions, booking, outcomes, clock);
    }

    /** The 3-D pages of this bank (same ledger and sessions). */
    public ToslaGate gate() {
        return gate;
    }

    public Decision decide(String operation, byte[] body) {
        Optional<ToslaRequest> request = ToslaRequest.read(operation, body);
        Fault fault = request.filter(
                        r -> "Payment".equals(operation) && authenticated(r).isPresent())
                .flatMap(r -> {
                    try {
                        return r.integer("amount");
                    } catch (ToslaRequest.NotAnInteger e) {
                        return Optional.empty();
                    }
                })
                .map(minor -> ToslaOutcomes.fault(BigDecimal.valueOf(minor, 2)))
                .orElse(Fault.NONE);
        return new Decision(request, fault);
    }

    /** Convenience for tests: {@link #decide} then {@link #answer}, faults only decided. */
    public JsonObject handle(String operation, byte[] body) {
        return answer(decide(operation, body));
    }

    public JsonObject answer(Decision decision) {
        if (decision.request().isEmpty()) {
            return ToslaReplies.refused(ToslaReplies.VALIDATION, "", "The request body is not a JSON object.");
        }
        ToslaRequest r = decision.request().get();
        if (!r.has("hash")) {
            return ToslaReplies.refused(ToslaReplies.GENERAL, r.text("orderId"));
        }
        Optional<Merchant> merchant = authenticated(r);
        if (merchant.isEmpty()) {
            return ToslaReplies.refused(ToslaReplies.HASH_ERROR, r.text("orderId"));
        }
        try {
            return route(merchant.get(), r);
        } catch (ToslaRequest.NotAnInteger e) {
            return ToslaReplies.refused(ToslaReplies.VALIDATION, r.text("orderId"), e.getMessage());
        }
    }

    private JsonObject route(Merchant m, ToslaRequest r) throws ToslaRequest.NotAnInteger {
        return switch (r.operation()) {
            case "Payment" -> sale(m, r);
            case "threeDPayment" -> register(m, r, false);
            case "threeDPreAuth" -> register(m, r, true);
            case "postAuth" -> withOrderId(r, () -> followUps.postAuth(m, r));
            case "void" -> withOrderId(r, () -> followUps.voidOrder(m, r));
            case "refund" -> withOrderId(r, () -> followUps.refund(m, r));
            case "inquiry" -> withOrderId(r, () -> inquiries.inquiry(m, r.text("orderId")));
            case "history" -> withOrderId(r, () -> inquiries.history(m, r));
            default -> ToslaReplies.refused(ToslaReplies.GENERAL, r.text("orderId"), "Unknown operation.");
        };
    }

    private JsonObject sale(Merchant m, ToslaRequest r) throws ToslaRequest.NotAnInteger {
        List<String> errors = new java.util.ArrayList<>(ToslaChecks.order(r));
        errors.addAll(ToslaChecks.card(r.text("cardNo"), r.text("expireDate"), r.text("cvv")));
        if (!errors.isEmpty()) {
            return ToslaReplies.refused(ToslaReplies.VALIDATION, r.text("orderId"), errors.toArray(String[]::new));
        }
        String orderId = r.text("orderId");
        if (booking.hasApproved(m.clientId(), orderId)) {
            return ToslaReplies.refused(ToslaReplies.ORDER_ID_USED, orderId);
        }
        BigDecimal amount = BigDecimal.valueOf(r.integer("amount").orElseThrow(), 2);
        String code = outcomes.code(r.text("cardNo"), r.text("expireDate"), amount);
        LedgerEntry booked = booking.book(new ToslaBooking.Booking(
                m.clientId(),
                orderId,
                amount,
                Long.toString(r.integer("currency").orElseThrow()),
                Math.max(1, r.integer("installmentCount").orElse(0L).intValue()),
                CardNumbers.mask(r.text("cardNo")),
                code,
                LedgerType.SALE));
        if (booked == null) {
            return ToslaReplies.refused(ToslaReplies.ORDER_ID_USED, orderId);
        }
        return ToslaReplies.payment(orderId, code, booked.authCode(), booked.hostRefNum(), booked.transId());
    }

    private JsonObject register(Merchant m, ToslaRequest r, boolean preAuth) throws ToslaRequest.NotAnInteger {
        List<String> errors = new java.util.ArrayList<>(ToslaChecks.order(r));
        if (!ToslaChecks.isWebUrl(r.text("callbackUrl"))) {
            errors.add("The field callbackUrl must be an http(s) URL.");
        }
        if (!errors.isEmpty()) {
            return ToslaReplies.refused(ToslaReplies.VALIDATION, r.text("orderId"), errors.toArray(String[]::new));
        }
        String orderId = r.text("orderId");
        if (booking.hasApproved(m.clientId(), orderId)) {
            return ToslaReplies.refused(ToslaReplies.ORDER_ID_USED, orderId);
        }
        long minor = r.integer("amount").orElseThrow();
        byte[] id = new byte[32];
        random.nextBytes(id);
        ToslaSession s = new ToslaSession(
                "P" + HexFormat.of().withUpperCase().formatHex(id),
                m,
                orderId,
                preAuth,
                BigDecimal.valueOf(minor, 2),
                minor,
                Long.toString(r.integer("currency").orElseThrow()),
                r.integer("installmentCount").orElse(0L).intValue(),
                r.text("callbackUrl"),
                clock.instant());
        sessions.add(s);
        return jakarta.json.Json.createObjectBuilder()
                .add("OrderId", orderId)
                .add("ThreeDSessionId", s.id)
                .add("Code", ToslaReplies.OK)
                .add("Message", "Başarılı")
                .build();
    }

    private Optional<Merchant> authenticated(ToslaRequest r) {
        return merchants
                .find(r.text("clientId"))
                .filter(m -> m.apiUser().equals(r.text("apiUser")))
                .filter(m -> !r.text("rnd").isEmpty() && fresh(r.text("timeSpan")))
                .filter(m -> ToslaHash.matches(
                        ToslaHash.request(m.apiPass(), m.clientId(), m.apiUser(), r.text("rnd"), r.text("timeSpan")),
                        r.text("hash")));
    }

    private boolean fresh(String timeSpan) {
        try {
            LocalDateTime sent = LocalDateTime.parse(timeSpan, TIME_SPAN);
            Duration skew = Duration.between(sent, LocalDateTime.now(clock)).abs();
            return skew.toMinutes() < TIME_SPAN_MINUTES;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** An operation on an existing order needs its orderId. */
    private static JsonObject withOrderId(ToslaRequest r, Step then) throws ToslaRequest.NotAnInteger {
        Optional<String> invalid = ToslaChecks.orderId(r);
        return invalid.isPresent()
                ? ToslaReplies.refused(ToslaReplies.VALIDATION, r.text("orderId"), invalid.get())
                : then.run();
    }

    @FunctionalInterface
    interface Step {
        JsonObject run() throws ToslaRequest.NotAnInteger;
    }
}
