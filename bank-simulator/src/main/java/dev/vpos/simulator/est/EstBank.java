package dev.vpos.simulator.est;

import dev.vpos.simulator.card.CardNumbers;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The simulated EST bank without HTTP: {@link #decide} reads and judges a request (nothing is booked yet, so a
 * caller can pause or fail first), {@link #answer} draws the identifiers, books approved and declined transactions
 * in the {@link Ledger} and returns the answer. Errors (ProcReturnCode 99) are not booked: the bank never processed
 * them. Routing: an order-status query ({@code Extra/ORDERSTATUS=QUERY}) or order-history query
 * ({@code Extra/ORDERHISTORY=QUERY}), both without {@code Type}, is answered in its decision and never booked;
 * {@code Auth}/{@code PreAuth} with card data is a non-3D authorisation, with the MPI fields the provision of the 3D
 * model ({@code Number} = the gate's {@code md}); {@code PostAuth}, {@code Void} and {@code Credit} are follow-ups of
 * an order in the ledger ({@link EstFollowUps}).
 */
public final class EstBank {

    public static final String FAMILY = "EST";

    /** What an answered request books in the ledger (when its verdict is not an error). */
    public record Booking(
            LedgerType type,
            BigDecimal amount,
            String currency,
            int installments,
            String maskedPan,
            String cardBrand) {}

    /**
     * A judged request; {@code request} is empty when the body was not a readable {@code CC5Request}.
     * {@code statusAnswer} is present for an order-status or order-history query that passed the checks: it is the
     * whole answer and {@code verdict} is the query's result. Otherwise {@code verdict} is what {@link #answer} will
     * answer, and {@code booking} what it books when the verdict is not an error.
     */
    public record Decision(
            Optional<EstRequest> request,
            EstVerdict verdict,
            Optional<EstStatusAnswer> statusAnswer,
            Optional<Booking> booking) {

        Decision(Optional<EstRequest> request, EstVerdict verdict) {
            this(request, verdict, Optional.empty(), Optional.empty());
        }

        public static Decision unreadable() {
            return new Decision(Optional.empty(), EstRequestChecks.UNREADABLE_REQUEST);
        }

        static Decision status(EstRequest query, EstStatusAnswer answer) {
            return new Decision(Optional.of(query), answer.verdict(), Optional.of(answer), Optional.empty());
        }

        static Decision error(EstRequest request, EstVerdict error) {
            return new Decision(Optional.of(request), error);
        }

        static Decision booked(EstRequest request, EstVerdict verdict, Booking booking) {
            return new Decision(Optional.of(request), verdict, Optional.empty(), Optional.of(booking));
        }
    }

    private final Ledger ledger;
    private final Clock clock;
    private final EstRequestChecks checks;
    private final EstOutcomes outcomes;
    private final EstIdentifiers identifiers;
    private final EstStatusInquiry statusInquiry;
    private final EstHistoryInquiry historyInquiry;
    private final EstFollowUps followUps;
    private final EstThreeDsSessions sessions;

    public EstBank(EstMerchants merchants, Ledger ledger, Clock clock, RandomGenerator random) {
        this(merchants, ledger, clock, random, new EstThreeDsSessions());
    }

    public EstBank(
            EstMerchants merchants, Ledger ledger, Clock clock, RandomGenerator random, EstThreeDsSessions sessions) {
        this.ledger = ledger;
        this.clock = clock;
        this.checks = new EstRequestChecks(merchants, ledger);
        this.outcomes = new EstOutcomes(clock);
        this.identifiers = new EstIdentifiers(clock, random);
        this.statusInquiry = new EstStatusInquiry(ledger, clock);
        this.historyInquiry = new EstHistoryInquiry(ledger, clock);
        this.followUps = new EstFollowUps(ledger);
        this.sessions = sessions;
    }

    public Decision decide(byte[] body, String contentType) {
        Optional<EstRequest> request = EstRequest.read(body, contentType);
        if (request.isEmpty()) {
            return Decision.unreadable();
        }
        EstRequest r = request.get();
        if (r.isStatusQuery() || r.isHistoryQuery()) {
            return checks.firstStatusQueryFailure(r)
                    .map(error -> Decision.error(r, error))
                    .orElseGet(() -> Decision.status(
                            r,
                            r.isStatusQuery()
                                    ? statusInquiry.answer(r.clientId(), r.orderId())
                                    : historyInquiry.answer(r.clientId(), r.orderId())));
        }
        Optional<EstVerdict> routing = checks.firstRoutingFailure(r);
        if (routing.isPresent()) {
            return Decision.error(r, routing.get());
        }
        if (EstRequestChecks.FOLLOW_UPS.contains(r.get("Type"))) {
            return followUps.decide(r);
        }
        if (r.isThreeDProvision()) {
            return threeDProvision(r);
        }
        Optional<EstVerdict> failure = checks.firstFailure(r);
        if (failure.isPresent()) {
            return Decision.error(r, failure.get());
        }
        EstVerdict verdict = outcomes.outcome(
                r.cardNumber(), r.get("Expires"), r.validTotal().orElseThrow());
        return Decision.booked(
                r,
                verdict,
                new Booking(
                        authorizationType(r.get("Type")),
                        r.validTotal().orElseThrow(),
                        r.get("Currency"),
                        r.installments(),
                        CardNumbers.mask(r.cardNumber()),
                        CardNumbers.brand(r.cardNumber())));
    }

    /** The answer to an operation, or to any request that failed a check; a query's answer is in its decision. */
    public EstAnswer answer(Decision decision) {
        if (decision.statusAnswer().isPresent()) {
            throw new IllegalArgumentException("a query is answered by its Decision.statusAnswer()");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        String brand = decision.booking()
                .map(Booking::cardBrand)
                .orElseGet(() -> decision.request()
                        .map(r -> CardNumbers.brand(r.cardNumber()))
                        .orElse(""));
        if (decision.verdict().isError()) {
            return EstAnswer.error(decision.verdict(), identifiers.transId(), now, brand);
        }
        EstRequest r = decision.request().orElseThrow();
        Booking booking = decision.booking().orElseThrow();
        if (r.isThreeDProvision()) {
            sessions.consume(r.cardNumber());
        }
        return book(r.clientId(), r.orderId(), decision.verdict(), booking, now);
    }

    /**
     * The authorisation of a 3D Pay / 3D Host payment, made by the gate after a successful authentication: the card
     * rules of {@link EstOutcomes} (no transport faults: the gate answers the browser), booked in the ledger.
     */
    EstAnswer authorizeAtGate(
            String clientId,
            String orderId,
            String tranType,
            BigDecimal amount,
            String currency,
            int installments,
            String pan,
            String expires) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (ledger.hasApproved(FAMILY, clientId, orderId)) {
            return EstAnswer.error(
                    EstRequestChecks.DUPLICATE_ORDER_ID, identifiers.transId(), now, CardNumbers.brand(pan));
        }
        EstVerdict verdict = outcomes.outcomeWithoutFault(pan, expires, amount);
        return book(
                clientId,
                orderId,
                verdict,
                new Booking(
                        authorizationType(tranType),
                        amount,
                        currency,
                        installments,
                        CardNumbers.mask(pan),
                        CardNumbers.brand(pan)),
                now);
    }

    private EstAnswer book(
            String clientId, String requestedOrderId, EstVerdict verdict, Booking booking, LocalDateTime now) {
        String orderId = requestedOrderId.isEmpty() ? identifiers.orderId() : requestedOrderId;
        EstAnswer answer = new EstAnswer(
                orderId,
                verdict,
                verdict.isApproved() ? identifiers.authCode() : "",
                identifiers.hostRefNum(),
                identifiers.transId(),
                identifiers.settleId(),
                now,
                booking.cardBrand());
        if (!ledger.record(ledgerEntry(clientId, booking, answer))) {
            // another request approved the same order id since decide(): the bank charges an order once
            return EstAnswer.error(EstRequestChecks.DUPLICATE_ORDER_ID, answer.transId(), now, booking.cardBrand());
        }
        return answer;
    }

    /** The 3D model's provision: the md must be a successful authentication of this merchant's same order. */
    private Decision threeDProvision(EstRequest r) {
        if (r.validTotal().isEmpty()) {
            return Decision.error(r, EstVerdict.error(EstRequestChecks.INVALID_AMOUNT, "Gecersiz tutar"));
        }
        Optional<EstThreeDsSessions.Authentication> found =
                sessions.authenticated(r.cardNumber()).filter(a -> a.clientId().equals(r.clientId()));
        if (found.isEmpty()) {
            return Decision.error(
                    r,
                    EstVerdict.error(
                            EstThreeDsRules.UNKNOWN_MD,
                            "3D dogrulamasi bulunamadi / No successful 3-D authentication for this md"));
        }
        EstThreeDsSessions.Authentication a = found.get();
        if (!a.xid().equals(r.get("PayerTxnId"))
                || !a.eci().equals(r.get("PayerSecurityLevel"))
                || !a.cavv().equals(r.get("PayerAuthenticationCode"))) {
            return Decision.error(
                    r,
                    EstVerdict.error(
                            EstThreeDsRules.UNKNOWN_MD,
                            "MPI alanlari 3D dogrulamasiyla uyusmuyor / PayerTxnId, PayerSecurityLevel or PayerAuthenticationCode"
                                    + " differ from the authentication"));
        }
        if (!a.orderId().equals(r.orderId())
                || a.amount().compareTo(r.validTotal().get()) != 0
                || !a.currency().equals(r.get("Currency"))
                || a.installments() != installmentsOrZero(r)
                || !a.tranType().equals(r.get("Type"))) {
            return Decision.error(
                    r,
                    EstVerdict.error(
                            EstThreeDsRules.PROVISION_MISMATCH,
                            "Provizyon 3D dogrulanan siparisle uyusmuyor / The provision differs from the authenticated order"
                                    + " (OrderId, Total, Currency, Taksit or Type)"));
        }
        if (ledger.hasApproved(FAMILY, r.clientId(), r.orderId())) {
            return Decision.error(r, EstRequestChecks.DUPLICATE_ORDER_ID);
        }
        EstVerdict verdict = outcomes.outcome(a.pan(), a.expires(), a.amount());
        return Decision.booked(
                r,
                verdict,
                new Booking(
                        authorizationType(a.tranType()),
                        a.amount(),
                        a.currency(),
                        a.installments(),
                        CardNumbers.mask(a.pan()),
                        CardNumbers.brand(a.pan())));
    }

    private static int installmentsOrZero(EstRequest r) {
        return r.get("Taksit").matches("\\d{1,2}")
                ? Math.max(1, Integer.parseInt(r.get("Taksit")))
                : r.get("Taksit").isEmpty() ? 1 : 0;
    }

    static LedgerType authorizationType(String type) {
        return "PreAuth".equals(type) ? LedgerType.PRE_AUTH : LedgerType.SALE;
    }

    private LedgerEntry ledgerEntry(String clientId, Booking b, EstAnswer a) {
        return new LedgerEntry(
                FAMILY,
                clientId,
                a.orderId(),
                b.amount(),
                b.currency(),
                b.installments(),
                b.maskedPan(),
                a.verdict().procReturnCode(),
                a.authCode(),
                a.hostRefNum(),
                a.transId(),
                a.settleId(),
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS),
                b.type());
    }
}
