package dev.vpos.simulator.est;

import dev.vpos.simulator.card.CardNumbers;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The simulated EST bank without HTTP: {@link #decide} reads and judges a request (nothing is booked yet, so a
 * caller can pause or fail first), {@link #answer} draws the identifiers, books approved and declined sales in the
 * {@link Ledger} and returns the answer. Errors (ProcReturnCode 99) are not booked: the bank never processed them.
 * An order-status query ({@code Extra/ORDERSTATUS=QUERY}, no {@code Type}) is routed before the sale checks:
 * credentials and order id are checked, then {@link #decide} looks the order up and the decision carries the
 * answer; a status query is never booked.
 */
public final class EstBank {

    public static final String FAMILY = "EST";

    /**
     * A judged request; {@code request} is empty when the body was not a readable {@code CC5Request}.
     * {@code statusAnswer} is present for an order-status query that passed the checks: it is the whole answer and
     * {@code verdict} is the query's result. Otherwise {@code verdict} is what {@link #answer} will answer.
     */
    public record Decision(Optional<EstRequest> request, EstVerdict verdict, Optional<EstStatusAnswer> statusAnswer) {

        Decision(Optional<EstRequest> request, EstVerdict verdict) {
            this(request, verdict, Optional.empty());
        }

        public static Decision unreadable() {
            return new Decision(Optional.empty(), EstRequestChecks.UNREADABLE_REQUEST);
        }

        static Decision status(EstRequest query, EstStatusAnswer answer) {
            return new Decision(Optional.of(query), answer.verdict(), Optional.of(answer));
        }
    }

    private final Ledger ledger;
    private final Clock clock;
    private final EstRequestChecks checks;
    private final EstOutcomes outcomes;
    private final EstIdentifiers identifiers;
    private final EstStatusInquiry statusInquiry;

    public EstBank(EstMerchants merchants, Ledger ledger, Clock clock, RandomGenerator random) {
        this.ledger = ledger;
        this.clock = clock;
        this.checks = new EstRequestChecks(merchants, ledger);
        this.outcomes = new EstOutcomes(clock);
        this.identifiers = new EstIdentifiers(clock, random);
        this.statusInquiry = new EstStatusInquiry(ledger, clock);
    }

    public Decision decide(byte[] body, String contentType) {
        Optional<EstRequest> request = EstRequest.read(body, contentType);
        if (request.isEmpty()) {
            return Decision.unreadable();
        }
        EstRequest r = request.get();
        if (r.isStatusQuery()) {
            return checks.firstStatusQueryFailure(r)
                    .map(error -> new Decision(request, error))
                    .orElseGet(() -> Decision.status(r, statusInquiry.answer(r.clientId(), r.orderId())));
        }
        EstVerdict verdict = checks.firstFailure(r)
                .orElseGet(() -> outcomes.outcome(r.cardNumber(), r.get("Expires"), r.validTotal().orElseThrow()));
        return new Decision(request, verdict);
    }

    /** The answer to a sale, or to any request that failed a check; a status query's answer is in its decision. */
    public EstAnswer answer(Decision decision) {
        if (decision.statusAnswer().isPresent()) {
            throw new IllegalArgumentException("a status query is answered by its Decision.statusAnswer()");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        String brand = decision.request().map(r -> CardNumbers.brand(r.cardNumber())).orElse("");
        if (decision.verdict().isError()) {
            return EstAnswer.error(decision.verdict(), identifiers.transId(), now, brand);
        }
        EstRequest r = decision.request().orElseThrow();
        EstVerdict verdict = decision.verdict();
        EstAnswer answer = new EstAnswer(r.orderId().isEmpty() ? identifiers.orderId() : r.orderId(), verdict,
                verdict.isApproved() ? identifiers.authCode() : "", identifiers.hostRefNum(), identifiers.transId(),
                identifiers.settleId(), now, brand);
        if (!ledger.record(ledgerEntry(r, answer))) {
            // another request approved the same order id since decide(): the bank charges an order once
            return EstAnswer.error(EstRequestChecks.DUPLICATE_ORDER_ID, answer.transId(), now, brand);
        }
        return answer;
    }

    private LedgerEntry ledgerEntry(EstRequest r, EstAnswer a) {
        return new LedgerEntry(FAMILY, r.clientId(), a.orderId(), r.validTotal().orElseThrow(), r.get("Currency"),
                r.installments(), CardNumbers.mask(r.cardNumber()), a.verdict().procReturnCode(), a.authCode(),
                a.hostRefNum(), a.transId(), a.settleId(), OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS));
    }
}
