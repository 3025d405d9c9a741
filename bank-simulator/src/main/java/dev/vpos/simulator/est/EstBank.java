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
 */
public final class EstBank {

    public static final String FAMILY = "EST";

    /** A judged request; {@code request} is empty when the body was not a readable {@code CC5Request}. */
    public record Decision(Optional<EstRequest> request, EstVerdict verdict) {

        public static Decision unreadable() {
            return new Decision(Optional.empty(), EstRequestChecks.UNREADABLE_REQUEST);
        }
    }

    private final Ledger ledger;
    private final Clock clock;
    private final EstRequestChecks checks;
    private final EstOutcomes outcomes;
    private final EstIdentifiers identifiers;

    public EstBank(EstMerchants merchants, Ledger ledger, Clock clock, RandomGenerator random) {
        this.ledger = ledger;
        this.clock = clock;
        this.checks = new EstRequestChecks(merchants, ledger);
        this.outcomes = new EstOutcomes(clock);
        this.identifiers = new EstIdentifiers(clock, random);
    }

    public Decision decide(byte[] body, String contentType) {
        Optional<EstRequest> request = EstRequest.read(body, contentType);
        if (request.isEmpty()) {
            return Decision.unreadable();
        }
        EstRequest r = request.get();
        EstVerdict verdict = checks.firstFailure(r)
                .orElseGet(() -> outcomes.outcome(r.cardNumber(), r.get("Expires"), r.validTotal().orElseThrow()));
        return new Decision(request, verdict);
    }

    public EstAnswer answer(Decision decision) {
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
