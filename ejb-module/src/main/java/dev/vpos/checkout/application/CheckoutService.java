package dev.vpos.checkout.application;

import dev.vpos.checkout.domain.CheckoutSession;
import dev.vpos.collection.application.CollectionService;
import dev.vpos.collection.application.CollectionView;
import dev.vpos.collection.application.EnteredCard;
import dev.vpos.collection.application.SaleCommand;
import dev.vpos.collection.application.SaleOrigin;
import dev.vpos.collection.application.ThreeDsBegin;
import dev.vpos.collection.application.ThreeDsCommand;
import dev.vpos.collection.application.ThreeDsOutcome;
import dev.vpos.collection.application.ThreeDsPayments;
import dev.vpos.collection.domain.Channel;
import dev.vpos.collection.domain.CollectionState;
import dev.vpos.definitions.application.DefinitionService;
import dev.vpos.erp.domain.DocumentRef;
import dev.vpos.erp.domain.ErpPort;
import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.shared.domain.Money;
import dev.vpos.shared.domain.NotFoundException;
import dev.vpos.shared.domain.RuleViolationException;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Portal checkout: a portal creates a session (what to pay, for whom, where to return), the payer pays on our
 * hosted page with the definition's payment model (non-3D, or 3-D through the bank's gate and our verified
 * callback), and the portal learns the result by the redirect, by GET, and by a signed notification.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.NOT_SUPPORTED, dontRollbackOn = BusinessException.class)
public class CheckoutService {

    static final Duration LIFETIME = Duration.ofHours(1);

    /** A BCP 47 language tag as a portal sends it: a language, optionally a script and/or region ("ar-SA"). */
    private static final java.util.regex.Pattern LANGUAGE_TAG =
            java.util.regex.Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}");

    @Inject
    Clock clock;

    @Inject
    ErpPort erp;

    @Inject
    CheckoutStore store;

    @Inject
    DefinitionService definitions;

    @Inject
    CollectionService collections;

    @Inject
    ThreeDsPayments threeDs;

    @Inject
    PortalNotifier notifier;

    @Inject
    PaymentMethods methods;

    @Inject
    SavedCardCheckout savedCards;

    public CheckoutView create(CheckoutCommand c, String actor) {
        List<FieldError> errors = new ArrayList<>();
        Channel channel = "ORDER".equals(c.purpose())
                ? Channel.PORTAL_ORDER
                : "BALANCE".equals(c.purpose()) ? Channel.PORTAL_BALANCE : null;
        if (channel == null) {
            errors.add(FieldError.of("purpose", "checkout.purpose"));
        }
        if (c.reference() == null || c.reference().isBlank() || c.reference().length() > 100) {
            errors.add(FieldError.of("reference", "checkout.reference"));
        }
        Money amount = CheckoutAmounts.amount(c.amount(), c.currency(), errors);
        url(c.returnUrl(), "returnUrl", true, errors);
        url(c.notificationUrl(), "notificationUrl", false, errors);
        if (c.locale() != null
                && !c.locale().isBlank()
                && !LANGUAGE_TAG.matcher(c.locale().trim()).matches()) {
            errors.add(FieldError.of("locale", "checkout.locale"));
        }
        AuthorizationKind kind = kind(c.kind(), errors);
        if (c.companyId() == null || erp.company(c.companyId()).isEmpty()) {
            errors.add(FieldError.of("companyId", "company.notFound", String.valueOf(c.companyId())));
            throw new InvalidInputException(errors);
        }
        if (c.customerAccountId() == null
                || erp.customerAccount(c.companyId(), c.customerAccountId()).isEmpty()) {
            errors.add(FieldError.of(
                    "customerAccountId", "customerAccount.notFound", String.valueOf(c.customerAccountId())));
        }
        if (amount != null
                && definitions.enabled(c.companyId()).stream().noneMatch(d -> d.accepts(amount.currencyCode()))) {
            // the rule of POST /collections: only what one of the company's enabled definitions takes
            errors.add(FieldError.of("currency", "checkout.currencyNotAccepted", amount.currencyCode()));
        }
        if (amount != null
                && kind == AuthorizationKind.PRE_AUTH
                && methods.offered(c.companyId(), amount, kind).isEmpty()) {
            // no method of the company could take the payment as a hold: refused now, not on the payer's page
            errors.add(FieldError.of("kind", "checkout.preAuthNotOffered"));
        }
        Long documentId = null;
        if (channel == Channel.PORTAL_ORDER && c.reference() != null) {
            Optional<DocumentRef> order = erp.documentByNumber(c.companyId(), "ORDER", c.reference())
                    .or(() -> erp.documentByNumber(c.companyId(), "INVOICE", c.reference()));
            if (order.isEmpty()) {
                errors.add(FieldError.of("reference", "document.notFound"));
            } else if (amount != null
                    && (amount.isGreaterThan(order.get().open())
                            || !amount.currency().equals(order.get().open().currency()))) {
                errors.add(FieldError.of(
                        "amount",
                        "document.overpaid",
                        order.get().number(),
                        order.get().open().amount().toPlainString(),
                        order.get().open().currencyCode()));
            } else if (c.customerAccountId() != null && order.get().customerAccountId() != c.customerAccountId()) {
                errors.add(FieldError.of(
                        "reference", "document.otherCustomer", order.get().number()));
            } else {
                documentId = order.get().id();
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String fingerprint = fingerprint(c);
        if (c.idempotencyKey() != null) {
            Optional<CheckoutSession> earlier = store.byIdempotencyKey(actor, c.idempotencyKey());
            if (earlier.isPresent()) {
                return replay(earlier.get(), fingerprint, c.idempotencyKey());
            }
        }
        OffsetDateTime now = OffsetDateTimes.now(clock);
        try {
            return view(
                    store.create(new CheckoutSession(
                                    UUID.randomUUID().toString(),
                                    c.companyId(),
                                    c.customerAccountId(),
                                    documentId,
                                    channel,
                                    c.reference().trim(),
                                    amount,
                                    c.returnUrl(),
                                    blankToNull(c.notificationUrl()),
                                    c.idempotencyKey(),
                                    fingerprint,
                                    actor,
                                    now,
                                    now.plus(LIFETIME),
                                    blankToNull(
                                            c.locale() == null
                                                    ? null
                                                    : c.locale().trim()))
                            .authorizing(kind)),
                    false);
        } catch (PersistenceException e) {
            if (c.idempotencyKey() == null) {
                throw e;
            }
            return replay(
                    store.byIdempotencyKey(actor, c.idempotencyKey()).orElseThrow(() -> e),
                    fingerprint,
                    c.idempotencyKey());
        }
    }

    /** The session for its portal (only the portal user who created it, or an admin, may read it). */
    public CheckoutView find(String id, String actor, boolean admin) {
        CheckoutSession s = session(id);
        if (!admin && !s.getCreatedBy().equals(actor)) {
            throw new NotFoundException("checkout.notFound", id);
        }
        return view(s, false);
    }

    /** The session for the hosted page (anyone holding its id: the payer). */
    public CheckoutView forPayer(String id) {
        return view(session(id), false);
    }

    /** The session's own id (the row's, for another context's reference to it). */
    public long idOf(String publicId) {
        return session(publicId).getId();
    }

    /** The language the portal chose for the payer's page, or null. */
    public String localeOf(String id) {
        return session(id).getLocale();
    }

    /** The methods the hosted page offers for this session (see {@link PaymentMethods}); the company's default first. */
    public List<PaymentMethod> methods(String id) {
        CheckoutSession s = session(id);
        return methods.offered(s.getCompanyId(), s.money(), s.getAuthorizationKind());
    }

    /**
     * The method the payer chose ({@code definitionId}), or the first offered when none was chosen; empty when no
     * method fits the session at all.
     *
     * @throws InvalidInputException when the chosen one is not offered for this session
     */
    public Optional<PaymentMethod> method(String id, Long definitionId) {
        List<PaymentMethod> offered = methods(id);
        if (definitionId == null) {
            return offered.stream().findFirst();
        }
        return Optional.of(offered.stream()
                .filter(m -> m.definitionId() == definitionId)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(List.of(FieldError.of("method", "checkout.method")))));
    }

    /**
     * The payer submitted the hosted page with a method (null: the first offered) and, for a method whose provider
     * keeps cards, a choice about saved cards (pay with one, or let the provider keep the card entered on its page).
     * The chosen method's discount is taken off what is charged (and settles the rest of the document). Non-3D: the
     * sale runs now and the result is final. 3-D and hosted payments: the collection waits for the bank or provider
     * and the returned step tells where to send the payer.
     */
    public PayerStep pay(
            String id,
            PayerCard card,
            Long methodId,
            URI callbackBase,
            String clientIp,
            String language,
            SavedCardChoice savedCard) {
        return pay(id, card, methodId, callbackBase, clientIp, language, savedCard, false);
    }

    /**
     * As above; {@code fromPage}: the payer pays from our page, so a 3-D or hosted-provider payment comes back from
     * the bank's or provider's page to our result page ({@link #completeThreeDs}) rather than straight to the portal.
     */
    public PayerStep pay(
            String id,
            PayerCard card,
            Long methodId,
            URI callbackBase,
            String clientIp,
            String language,
            SavedCardChoice savedCard,
            boolean fromPage) {
        CheckoutSession s = session(id);
        if (!s.payable(OffsetDateTimes.now(clock)) || !store.attemptStarted(s.getId(), fromPage)) {
            throw new RuleViolationException("checkout.notPayable", id, s.getState());
        }
        Optional<PaymentMethod> method = method(id, methodId);
        dev.vpos.gateway.domain.CardTokenUse tokenUse =
                savedCards.tokenUse(id, method.map(PaymentMethod::definitionId).orElse(null), savedCard);
        Money charged = method.map(PaymentMethod::payable).orElse(s.money());
        int installments = card.installments() == null ? 1 : card.installments();
        SaleCommand sale = SaleCommand.builder()
                .payer(s.getCompanyId(), s.getCustomerAccountId())
                .definition(method.map(PaymentMethod::definitionId).orElse(null))
                .amount(charged.amount().toPlainString(), charged.currencyCode())
                .installments(installments)
                .card(new EnteredCard(card.number(), card.expiry(), card.cvv(), card.holder()))
                .kind(s.getAuthorizationKind())
                .origin(new SaleOrigin(s.getChannel(), null, clientIp, card.email()))
                .document(s.getDocumentId())
                .discount(method.map(m -> m.discount().amount()).orElse(null))
                .build();
        if (method.map(PaymentMethod::model).orElse(PaymentModel.REGULAR) == PaymentModel.REGULAR) {
            CollectionView v = collections.collect(sale, "portal-payer:" + s.getPublicId(), s.getId());
            return finished(s, v);
        }
        ThreeDsBegin begin = threeDs.begin(
                new ThreeDsCommand(sale, callbackBase, language, s.getId(), tokenUse),
                "portal-payer:" + s.getPublicId());
        store.attempt(s.getId(), collectionId(begin.collection().reference()));
        if (!begin.goesToBank()) {
            return finished(s, begin.collection());
        }
        return new PayerStep(view(session(id), false), begin.start(), begin.collection());
    }

    /** The bank's 3-D callback for a collection of a checkout session. */
    public CallbackStep completeThreeDs(String collectionReference, java.util.Map<String, String> posted) {
        ThreeDsOutcome outcome = threeDs.complete(collectionReference, posted);
        Optional<CheckoutSession> s =
                collections.checkoutSessionOf(collectionReference).flatMap(store::byId);
        if (!outcome.accepted() || s.isEmpty() || outcome.continueAt() != null) {
            return new CallbackStep(
                    outcome,
                    s.map(x -> view(x, false)).orElse(null),
                    outcome.continueAt() == null ? null : outcome.continueAt().toString());
        }
        PayerStep step = finished(s.get(), outcome.collection());
        return new CallbackStep(
                outcome,
                step.session(),
                s.get().isResultPage() || s.get().getChannel() == Channel.PAY_LINK
                        ? resultPage(s.get().getPublicId())
                        : redirect(step.session()));
    }

    /** Our result page of a session ({@code /vpos/pay/{id}?view=result}); its "back" link leads on to the portal. */
    public static String resultPage(String publicId) {
        return "/vpos/pay/" + publicId + "?view=result";
    }

    /**
     * A checkout session for a payment link a collector sends (channel {@link Channel#PAY_LINK}): the same rules as a
     * portal's (the customer account of the company, the document the customer's with at least the amount open, a
     * currency one of the company's enabled definitions takes), valid until {@code expiresAt}. Its "return URL" is
     * our own result page: there is no portal to go back to.
     *
     * @throws InvalidInputException with the fields customerAccountId, documentId, amount, currency
     */
    public CheckoutView createForLink(LinkCheckout c) {
        List<FieldError> errors = new ArrayList<>();
        String reference = linkChecks(c, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Money amount = CheckoutAmounts.amount(c.amount(), c.currency(), errors);
        OffsetDateTime now = OffsetDateTimes.now(clock);
        String publicId = UUID.randomUUID().toString();
        String key = "paylink:" + publicId;
        return view(
                store.create(new CheckoutSession(
                        publicId,
                        c.companyId(),
                        c.customerAccountId(),
                        c.documentId(),
                        Channel.PAY_LINK,
                        reference,
                        amount,
                        resultPage(publicId),
                        null,
                        key,
                        fingerprint(key),
                        c.actor(),
                        now,
                        c.expiresAt(),
                        c.locale())),
                false);
    }

    /** What {@link #createForLink} would refuse, without making anything. */
    public List<FieldError> linkErrors(LinkCheckout c) {
        List<FieldError> errors = new ArrayList<>();
        linkChecks(c, errors);
        return errors;
    }

    /** The link's checks, adding to {@code errors}; the session's reference (the document's number or the customer's code). */
    private String linkChecks(LinkCheckout c, List<FieldError> errors) {
        Money amount = CheckoutAmounts.amount(c.amount(), c.currency(), errors);
        if (erp.company(c.companyId()).isEmpty()) {
            throw new InvalidInputException(
                    List.of(FieldError.of("companyId", "company.notFound", String.valueOf(c.companyId()))));
        }
        var customer = c.customerAccountId() == null
                ? Optional.<dev.vpos.erp.domain.CustomerAccountRef>empty()
                : erp.customerAccount(c.companyId(), c.customerAccountId());
        if (customer.isEmpty()) {
            errors.add(FieldError.of(
                    "customerAccountId", "customerAccount.notFound", String.valueOf(c.customerAccountId())));
        }
        if (amount != null
                && definitions.enabled(c.companyId()).stream().noneMatch(d -> d.accepts(amount.currencyCode()))) {
            errors.add(FieldError.of("currency", "checkout.currencyNotAccepted", amount.currencyCode()));
        }
        String reference = customer.map(a -> a.code()).orElse("");
        if (c.documentId() != null) {
            Optional<DocumentRef> doc = erp.document(c.companyId(), c.documentId());
            if (doc.isEmpty()
                    || (customer.isPresent()
                            && doc.get().customerAccountId() != customer.get().id())) {
                errors.add(FieldError.of("documentId", "document.notFound"));
            } else if (amount != null
                    && (amount.isGreaterThan(doc.get().open())
                            || !amount.currency().equals(doc.get().open().currency()))) {
                errors.add(FieldError.of(
                        "amount",
                        "document.overpaid",
                        doc.get().number(),
                        doc.get().open().amount().toPlainString(),
                        doc.get().open().currencyCode()));
            } else {
                reference = doc.get().number();
            }
        }
        return reference;
    }

    /**
     * Withdraws a payment link's session: refused while a payment is at the bank (it may still be approved) and once
     * it is paid, expired or cancelled.
     *
     * @throws RuleViolationException {@code paylink.inFlight} or {@code paylink.notCancellable}
     */
    public CheckoutView cancelLink(String publicId) {
        CheckoutSession s = session(publicId);
        boolean inFlight = collections.ofCheckoutSession(s.getId()).stream()
                .anyMatch(c -> !c.state().isSettled());
        if (inFlight) {
            throw new RuleViolationException("paylink.inFlight", publicId);
        }
        if (!s.payable(OffsetDateTimes.now(clock)) || !store.cancel(s.getId(), s.getAttempts())) {
            throw new RuleViolationException(
                    "paylink.notCancellable", view(session(publicId), false).state());
        }
        return view(session(publicId), false);
    }

    /** Where the payer goes back: the portal's return URL with the session id and result. */
    public static String redirect(CheckoutView s) {
        String sep = s.returnUrl().contains("?") ? "&" : "?";
        return s.returnUrl() + sep + "session=" + s.id() + "&status=" + s.state()
                + (s.collectionState() == null ? "" : "&result=" + s.collectionState());
    }

    private PayerStep finished(CheckoutSession s, CollectionView v) {
        long collectionId = collectionId(v.reference());
        store.attempt(s.getId(), collectionId);
        boolean notify = v.state() != CollectionState.APPROVED
                || store.paid(s.getId(), collectionId) == CheckoutStore.Paid.NOW_PAID;
        CheckoutView after = view(session(s.getPublicId()), false);
        if (notify) {
            // (an approval settled later, e.g. by the janitor, is marked and notified by PaidSessions)
            notifier.notifyLater(s.getId(), s.getNotificationUrl(), json(after));
        }
        return new PayerStep(after, null, v);
    }

    /** The session's view for the notification sent when an approval commits. */
    CheckoutView viewOf(CheckoutSession s) {
        return view(s, false);
    }

    private long collectionId(String reference) {
        return collections.idOf(reference);
    }

    private CheckoutSession session(String id) {
        return store.byPublicId(id == null ? "" : id).orElseThrow(() -> new NotFoundException("checkout.notFound", id));
    }

    private CheckoutView replay(CheckoutSession earlier, String fingerprint, String key) {
        if (!earlier.getRequestFingerprint().equals(fingerprint)) {
            throw new dev.vpos.collection.application.IdempotencyConflictException(
                    dev.vpos.collection.application.IdempotencyConflictException.Kind.DIFFERENT_REQUEST, key);
        }
        return view(earlier, true);
    }

    private CheckoutView view(CheckoutSession s, boolean replayed) {
        Optional<CollectionView> last =
                s.getCollectionId() == null ? Optional.empty() : collections.findById(s.getCollectionId());
        String state = s.getState() == CheckoutSession.State.OPEN && !s.payable(OffsetDateTimes.now(clock))
                ? CheckoutSession.State.EXPIRED.name()
                : s.getState().name();
        return new CheckoutView(
                s.getPublicId(),
                state,
                s.getCompanyId(),
                s.getCustomerAccountId(),
                purpose(s.getChannel()),
                s.getReferenceText(),
                s.money().amount(),
                s.money().currencyCode(),
                s.getReturnUrl(),
                "/vpos/pay/" + s.getPublicId(),
                last.map(CollectionView::reference).orElse(null),
                last.map(v -> v.state().name()).orElse(null),
                last.map(CollectionView::authCode).orElse(null),
                s.getAttempts(),
                s.getCreatedAt(),
                s.getExpiresAt(),
                replayed,
                collections.ofCheckoutSession(s.getId()).stream()
                        .map(c -> new CheckoutView.Attempt(
                                c.reference(), c.state().name(), c.bankOrderId()))
                        .toList(),
                s.getAuthorizationKind().name());
    }

    /** ORDER, BALANCE, or LINK for a payment link a collector sent. */
    private static String purpose(Channel channel) {
        return switch (channel) {
            case PORTAL_ORDER -> "ORDER";
            case PAY_LINK -> "LINK";
            default -> "BALANCE";
        };
    }

    static String json(CheckoutView v) {
        var b = Json.createObjectBuilder()
                .add("id", v.id())
                .add("state", v.state())
                .add("purpose", v.purpose())
                .add("reference", v.reference())
                .add("amount", v.amount().toPlainString())
                .add("currency", v.currency());
        if (AuthorizationKind.PRE_AUTH.name().equals(v.kind())) {
            b.add("kind", v.kind());
        }
        if (v.collectionReference() != null) {
            b.add("collectionReference", v.collectionReference()).add("collectionState", v.collectionState());
        }
        if (v.authCode() != null) {
            b.add("authCode", v.authCode());
        }
        return b.build().toString();
    }

    private static void url(String value, String field, boolean required, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(FieldError.of(field, "field.required"));
            }
            return;
        }
        try {
            URI u = new URI(value);
            if (!u.isAbsolute()
                    || !("https".equals(u.getScheme()) || "http".equals(u.getScheme()))
                    || value.length() > 1000) {
                errors.add(FieldError.of(field, "checkout.url"));
            }
        } catch (java.net.URISyntaxException e) {
            errors.add(FieldError.of(field, "checkout.url"));
        }
    }

    private static String fingerprint(String canonical) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fingerprint(CheckoutCommand c) {
        String canonical = String.join(
                        "|",
                        String.valueOf(c.companyId()),
                        String.valueOf(c.customerAccountId()),
                        String.valueOf(c.purpose()),
                        String.valueOf(c.reference()),
                        String.valueOf(c.amount()),
                        String.valueOf(c.currency()),
                        String.valueOf(c.returnUrl()),
                        String.valueOf(c.notificationUrl()))
                // appended only when given, so that sessions created before the field keep their fingerprint
                + (c.locale() == null || c.locale().isBlank()
                        ? ""
                        : "|" + c.locale().trim())
                + (c.kind() == null
                                || c.kind().isBlank()
                                || "SALE".equals(c.kind().trim())
                        ? ""
                        : "|kind=" + c.kind().trim());
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SALE (also when not given) or PRE_AUTH; anything else is a field error on {@code kind}. */
    private static AuthorizationKind kind(String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return AuthorizationKind.SALE;
        }
        try {
            return AuthorizationKind.valueOf(text.trim());
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of("kind", "field.oneOf", "SALE, PRE_AUTH"));
            return AuthorizationKind.SALE;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
