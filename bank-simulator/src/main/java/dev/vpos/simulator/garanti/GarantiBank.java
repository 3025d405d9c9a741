package dev.vpos.simulator.garanti;

import dev.vpos.simulator.card.CardNumbers;
import dev.vpos.simulator.garanti.GarantiMerchants.Merchant;
import dev.vpos.simulator.garanti.GarantiRequestChecks.Result;
import dev.vpos.simulator.garanti.GarantiThreeDSessions.Authenticated;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The simulated Garanti GVP bank without HTTP. {@link #decide} reads and judges a {@code GVPSRequest} (nothing is
 * booked, so the caller can pause or fail first); {@link #answer} books and answers. Authorisations (sales, preauth,
 * and the provision after 3-D with CardholderPresentCode 13) are booked approved or declined; follow-ups (postauth,
 * void, refund) are judged against the {@link Ledger} and booked when approved; GVPS refusals are never booked.
 * Inquiries (orderinq, orderhistoryinq) answer from the ledger. The 3-D gate provisions through
 * {@link #authorizeAtGate}.
 */
public final class GarantiBank {

    public static final String FAMILY = "GARANTI";
    static final DateTimeFormatter PROV_DATE = DateTimeFormatter.ofPattern("yyyyMMdd HH:mm:ss");

    /** A judged request: {@code request} is empty when the body was not a readable GVPSRequest. */
    public record Decision(
            Optional<GvpsMessage> request,
            Optional<Merchant> merchant,
            GarantiVerdict verdict,
            Optional<HostCard> card) {

        public static Decision unreadable() {
            return new Decision(Optional.empty(), Optional.empty(), GarantiRequestChecks.UNREADABLE, Optional.empty());
        }

        static Decision refused(GvpsMessage r, GarantiVerdict v) {
            return new Decision(Optional.of(r), Optional.empty(), v, Optional.empty());
        }
    }

    /** The card an authorisation is for: from the request, or from the 3-D authentication behind its MD. */
    public record HostCard(String pan, String expiryMmYy) {
        @Override
        public String toString() {
            return "HostCard[" + CardNumbers.mask(pan) + "]";
        }
    }

    private final Ledger ledger;
    private final Clock clock;
    private final GarantiRequestChecks checks;
    private final GarantiOutcomes outcomes;
    private final GarantiIdentifiers identifiers;
    private final GarantiThreeDSessions sessions;
    private final GarantiFollowUps followUps;
    private final GarantiInquiries inquiries;

    public GarantiBank(GarantiMerchants merchants, Ledger ledger, Clock clock, RandomGenerator random) {
        this(merchants, ledger, clock, random, new GarantiThreeDSessions());
    }

    GarantiBank(
            GarantiMerchants merchants,
            Ledger ledger,
            Clock clock,
            RandomGenerator random,
            GarantiThreeDSessions sessions) {
        this.ledger = ledger;
        this.clock = clock;
        this.checks = new GarantiRequestChecks(merchants);
        this.outcomes = new GarantiOutcomes(clock);
        this.identifiers = new GarantiIdentifiers(clock, random);
        this.sessions = sessions;
        this.followUps = new GarantiFollowUps(ledger);
        this.inquiries = new GarantiInquiries(ledger);
    }

    GarantiThreeDSessions sessions() {
        return sessions;
    }

    public Decision decide(byte[] body, String contentType) {
        Optional<GvpsMessage> read = GvpsMessage.read(body, contentType);
        if (read.isEmpty()) {
            return Decision.unreadable();
        }
        GvpsMessage r = read.get();
        Result<Merchant> auth = checks.authenticate(r);
        if (!auth.isOk()) {
            return Decision.refused(r, auth.refusal());
        }
        Optional<GarantiVerdict> problem = checks.fieldProblem(r);
        if (problem.isPresent()) {
            return Decision.refused(r, problem.get());
        }
        Merchant m = auth.value();
        if (!GarantiRequestChecks.AUTHORIZATIONS.contains(r.type())) {
            return new Decision(read, Optional.of(m), GarantiVerdict.inquiryAnswered(), Optional.empty());
        }
        Result<HostCard> card = r.isThreeDProvision()
                ? threeDCard(r)
                : Result.ok(new HostCard(r.cardNumber(), r.get("Card/ExpireDate")));
        if (!card.isOk()) {
            return Decision.refused(r, card.refusal());
        }
        if (ledger.hasApproved(FAMILY, m.terminalId(), r.orderId())) {
            return Decision.refused(r, duplicate());
        }
        long hundredths = Long.parseLong(r.amount());
        GarantiVerdict host = GarantiRequestChecks.badCard(card.value().pan())
                ? GarantiOutcomes.decline(GarantiOutcomes.INVALID_CARD)
                : outcomes.host(card.value().pan(), card.value().expiryMmYy(), hundredths);
        return new Decision(
                read, Optional.of(m), host.withFault(GarantiOutcomes.fault(hundredths)), Optional.of(card.value()));
    }

    /** Books and answers a decided request. */
    public GarantiAnswer answer(Decision d) {
        String provDate = LocalDateTime.now(clock).format(PROV_DATE);
        if (d.request().isEmpty() || d.merchant().isEmpty()) {
            return GarantiAnswer.plain(d.request().orElse(null), d.verdict(), provDate);
        }
        GvpsMessage r = d.request().get();
        Merchant m = d.merchant().get();
        return switch (r.type()) {
            case "sales", "preauth" -> authorize(r, m, d.verdict(), d.card().orElseThrow(), provDate);
            case "postauth", "void", "refund" -> followUp(r, m, provDate);
            default -> inquiries.answer(r, m, provDate);
        };
    }

    private GarantiAnswer authorize(GvpsMessage r, Merchant m, GarantiVerdict verdict, HostCard card, String provDate) {
        if (r.isThreeDProvision() && !sessions.consume(r.get("Transaction/Secure3D/Md"))) {
            return GarantiAnswer.plain(r, threeDRefusal("MD was already used for a provision"), provDate);
        }
        Booked b = book(
                new Authorization(
                        m.terminalId(),
                        r.type(),
                        r.orderId(),
                        Long.parseLong(r.amount()),
                        r.currency(),
                        installments(r.installments()),
                        card,
                        ""),
                verdict);
        return new GarantiAnswer(
                r,
                r.orderId(),
                b.verdict(),
                b.retrefNum(),
                b.authCode(),
                b.batchNum(),
                b.sequenceNum(),
                provDate,
                CardNumbers.mask(card.pan()),
                null,
                null);
    }

    private GarantiAnswer followUp(GvpsMessage r, Merchant m, String provDate) {
        GarantiFollowUps.Outcome o = followUps.judgeAndBook(
                r,
                m,
                () -> new GarantiFollowUps.Codes(
                        identifiers.retrefNum(), identifiers.authCode(), identifiers.sequenceNum(), now()));
        return new GarantiAnswer(
                r,
                r.orderId(),
                o.verdict(),
                o.retrefNum(),
                o.authCode(),
                o.verdict().isApproved() ? Integer.toString(o.batch()) : "",
                o.sequenceNum(),
                provDate,
                o.maskedPan(),
                null,
                null);
    }

    /** What the gate (3D Pay, 3D Host) provisions after a successful authentication. */
    record Authorization(
            String terminalId,
            String type,
            String orderId,
            long hundredths,
            String currency,
            int installments,
            HostCard card,
            String transId) {}

    /** An authorisation's answer as booked. */
    record Booked(GarantiVerdict verdict, String retrefNum, String authCode, String batchNum, String sequenceNum) {}

    /** Provision at the gate: the same host table, booked the same way, without transport faults. */
    Booked authorizeAtGate(Authorization a) {
        if (ledger.hasApproved(FAMILY, a.terminalId(), a.orderId())) {
            return new Booked(duplicate(), "", "", "", "");
        }
        GarantiVerdict host = GarantiRequestChecks.badCard(a.card().pan())
                ? GarantiOutcomes.decline(GarantiOutcomes.INVALID_CARD)
                : outcomes.host(a.card().pan(), a.card().expiryMmYy(), a.hundredths());
        return book(a, host);
    }

    private Booked book(Authorization a, GarantiVerdict verdict) {
        String retref = identifiers.retrefNum();
        String authCode = verdict.isApproved() ? identifiers.authCode() : "";
        String sequence = identifiers.sequenceNum();
        String batch = Integer.toString(ledger.openBatch(FAMILY));
        LedgerEntry entry = new LedgerEntry(
                FAMILY,
                a.terminalId(),
                a.orderId(),
                BigDecimal.valueOf(a.hundredths()).movePointLeft(2),
                a.currency(),
                a.installments(),
                CardNumbers.mask(a.card().pan()),
                verdict.code(),
                authCode,
                retref,
                a.transId(),
                batch,
                now(),
                "preauth".equals(a.type()) ? LedgerType.PRE_AUTH : LedgerType.SALE);
        if (!ledger.record(entry)) {
            return new Booked(duplicate(), "", "", "", "");
        }
        return new Booked(verdict, retref, authCode, batch, sequence);
    }

    private Result<HostCard> threeDCard(GvpsMessage r) {
        Optional<Authenticated> session = sessions.authenticated(r.get("Transaction/Secure3D/Md"));
        if (session.isEmpty()) {
            return Result.refused(threeDRefusal("no 3-D authentication for this MD (unknown or already used)"));
        }
        Authenticated a = session.get();
        boolean matches = a.terminalId().equals(r.terminalId())
                && a.orderId().equals(r.orderId())
                && a.type().equals(r.type())
                && a.amount().equals(r.amount())
                && a.currency().equals(r.currency())
                && a.installments().equals(r.installments())
                && a.cavv().equals(r.get("Transaction/Secure3D/AuthenticationCode"))
                && a.eci().equals(r.get("Transaction/Secure3D/SecurityLevel"))
                && a.xid().equals(r.get("Transaction/Secure3D/TxnID"));
        if (!matches) {
            return Result.refused(threeDRefusal("provision does not match its 3-D authentication"));
        }
        return Result.ok(new HostCard(a.pan(), a.expiryMmYy()));
    }

    private static GarantiVerdict threeDRefusal(String detail) {
        return new GarantiVerdict(
                "GVPS",
                "92",
                GarantiRequestChecks.THREE_D_DATA,
                "Declined",
                "3D doğrulama bilgileri geçersiz",
                detail,
                GarantiVerdict.Fault.NONE);
    }

    static GarantiVerdict duplicate() {
        return GarantiVerdict.gvpsError(
                GarantiRequestChecks.DUPLICATE_ORDER,
                "Bu sipariş numarası ile daha önce başarılı işlem yapılmış / Order id already approved");
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    static int installments(String wire) {
        return wire == null || wire.isEmpty() ? 1 : Math.max(1, Integer.parseInt(wire));
    }
}
