package dev.vpos.paylinks.application;

import dev.vpos.branding.application.CompanyLogos;
import dev.vpos.checkout.application.CheckoutService;
import dev.vpos.checkout.application.CheckoutView;
import dev.vpos.checkout.application.LinkCheckout;
import dev.vpos.erp.domain.CompanyRef;
import dev.vpos.erp.domain.CustomerAccountRef;
import dev.vpos.erp.domain.ErpPort;
import dev.vpos.paylinks.domain.LinkState;
import dev.vpos.paylinks.domain.PaymentLink;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.shared.domain.Money;
import dev.vpos.shared.domain.NotFoundException;
import dev.vpos.shared.domain.RuleViolationException;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import dev.vpos.shared.mail.MailDelivery;
import dev.vpos.shared.mail.MailSender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Pay-by-link (issue #18): a collector chooses customer, document and amount; a checkout session is made for it (the
 * checkout context's, so paying it is a portal payment in every way: the hosted page, the methods, the document
 * settled) and its link is mailed to the payer through the server's mail session, and can be copied. The collector
 * lists the links with their state, resends one or cancels it.
 *
 * <p>No transaction spans the mail: the link is written first (its own short transaction), the mail is sent within the
 * mail session's deadlines, and its outcome is written after; a mail that failed leaves the link NOT_SENT with the
 * reason, to be resent or copied.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.NOT_SUPPORTED, dontRollbackOn = BusinessException.class)
public class PaymentLinks {

    /** The most links a company's list shows (newest first). */
    static final int LIST_LIMIT = 200;

    @Inject
    Clock clock;

    @Inject
    CheckoutService checkout;

    @Inject
    ErpPort erp;

    @Inject
    CompanyLogos logos;

    @Inject
    PaymentLinkStore store;

    @Inject
    MailSender mail;

    /** How long a link is valid when the collector does not say (minutes; 3 days). */
    @Inject
    @ConfigProperty(name = "vpos.paylinks.defaultValidMinutes", defaultValue = "4320")
    int defaultValidMinutes;

    /** The longest a collector may make a link valid (minutes; 30 days). */
    @Inject
    @ConfigProperty(name = "vpos.paylinks.maxValidMinutes", defaultValue = "43200")
    int maxValidMinutes;

    /** How long a "minute" of validity lasts in seconds: 60, or 1 on the test server (expiry tests in seconds). */
    @Inject
    @ConfigProperty(name = "vpos.paylinks.secondsPerMinute", defaultValue = "60")
    int secondsPerMinute;

    /** The server's address as payers reach it (e.g. https://pay.example.com); empty: the collector's request's. */
    @Inject
    @ConfigProperty(name = "vpos.paylinks.publicBaseUrl")
    Optional<String> publicBaseUrl;

    /** The time zone the mail names the expiry in. */
    @Inject
    @ConfigProperty(name = "vpos.paylinks.zone", defaultValue = "Europe/Istanbul")
    String zone;

    /**
     * Makes the link and mails it.
     *
     * @throws InvalidInputException fields companyId, customerAccountId, documentId, amount, currency, email,
     *     language, validMinutes
     */
    public PaymentLinkView send(SendLinkCommand c, String actor) {
        List<FieldError> errors = new ArrayList<>();
        if (c.companyId() == null || erp.company(c.companyId()).isEmpty()) {
            throw new InvalidInputException(
                    List.of(FieldError.of("companyId", "company.notFound", String.valueOf(c.companyId()))));
        }
        Optional<CustomerAccountRef> customer = c.customerAccountId() == null
                ? Optional.empty()
                : erp.customerAccount(c.companyId(), c.customerAccountId());
        String email = c.email() == null || c.email().isBlank()
                ? customer.map(CustomerAccountRef::email).orElse(null)
                : c.email().trim();
        if (customer.isPresent() && (email == null || !MailSender.isAddress(email))) {
            errors.add(FieldError.of("email", email == null ? "paylink.emailMissing" : "paylink.email"));
        }
        String language = c.language() == null ? "" : c.language().trim().toLowerCase(java.util.Locale.ROOT);
        if (!LinkMails.LANGUAGES.contains(language)) {
            errors.add(FieldError.of("language", "paylink.language", String.join(", ", LinkMails.LANGUAGES)));
        }
        int minutes = c.validMinutes() == null ? defaultValidMinutes : c.validMinutes();
        if (minutes < 1 || minutes > maxValidMinutes) {
            errors.add(FieldError.of("validMinutes", "paylink.validMinutes", 1, maxValidMinutes));
        }
        OffsetDateTime now = OffsetDateTimes.now(clock);
        OffsetDateTime expiresAt = now.plus(Duration.ofSeconds((long) minutes * secondsPerMinute));
        LinkCheckout request = new LinkCheckout(
                c.companyId(),
                c.customerAccountId(),
                c.documentId(),
                c.amount(),
                c.currency(),
                language.isEmpty() ? null : language,
                expiresAt,
                actor);
        errors.addAll(0, checkout.linkErrors(request));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        CheckoutView session = checkout.createForLink(request);
        PaymentLink link = store.add(new PaymentLink(
                checkout.idOf(session.id()),
                session.id(),
                c.companyId(),
                c.customerAccountId(),
                c.documentId(),
                Money.of(session.amount(), session.currency()),
                email,
                language,
                actor,
                now,
                expiresAt));
        return mail(link, base(c.publicBase()));
    }

    /** Mails the link once more (the same link; only while it can still be paid). */
    public PaymentLinkView resend(long companyId, long id, String publicBase) {
        PaymentLink link = ofCompany(companyId, id);
        LinkState state =
                link.state(checkout.forPayer(link.getSessionPublicId()).state());
        if (!state.open()) {
            throw new RuleViolationException("paylink.notOpen", state.name());
        }
        return mail(link, base(publicBase));
    }

    /** Withdraws the link: its page says so and it can no longer be paid. */
    public PaymentLinkView cancel(long companyId, long id, String actor, String publicBase) {
        PaymentLink link = ofCompany(companyId, id);
        LinkState state =
                link.state(checkout.forPayer(link.getSessionPublicId()).state());
        if (!state.open()) {
            throw new RuleViolationException("paylink.notCancellable", state.name());
        }
        checkout.cancelLink(link.getSessionPublicId());
        return view(store.cancelled(link.getId(), OffsetDateTimes.now(clock), actor), base(publicBase));
    }

    /** A company's links, newest first. */
    public List<PaymentLinkView> list(long companyId, String publicBase) {
        String base = base(publicBase);
        return store.ofCompany(companyId, LIST_LIMIT).stream()
                .map(l -> view(l, base))
                .toList();
    }

    public PaymentLinkView find(long companyId, long id, String publicBase) {
        return view(ofCompany(companyId, id), base(publicBase));
    }

    /** The payer opened the page of a checkout session; if it is a link's, the link is OPENED from now on. */
    public void pageOpened(String sessionPublicId) {
        store.opened(sessionPublicId, OffsetDateTimes.now(clock));
    }

    private PaymentLinkView mail(PaymentLink link, String base) {
        CheckoutView session = checkout.forPayer(link.getSessionPublicId());
        String company = erp.company(link.getCompanyId()).map(CompanyRef::name).orElse("");
        String customer = erp.customerAccount(link.getCompanyId(), link.getCustomerAccountId())
                .map(CustomerAccountRef::name)
                .orElse("");
        MailDelivery delivery = mail.send(LinkMails.of(new LinkMails.Content(
                link.getEmail(),
                link.getLanguage(),
                company,
                logos.version(link.getCompanyId())
                        .map(v -> base + "/vpos/pay/" + link.getSessionPublicId() + "/logo?v=" + v)
                        .orElse(null),
                customer,
                link.money(),
                session.reference(),
                url(base, link),
                link.getExpiresAt(),
                ZoneId.of(zone))));
        return view(store.mailed(link.getId(), delivery), base);
    }

    private PaymentLink ofCompany(long companyId, long id) {
        PaymentLink link = store.get(id);
        if (link.getCompanyId() != companyId) {
            throw new NotFoundException("paylink.notFound", String.valueOf(id));
        }
        return link;
    }

    private PaymentLinkView view(PaymentLink l, String base) {
        CheckoutView s = checkout.forPayer(l.getSessionPublicId());
        Optional<CustomerAccountRef> customer = erp.customerAccount(l.getCompanyId(), l.getCustomerAccountId());
        return new PaymentLinkView(
                l.getId(),
                l.getSessionPublicId(),
                url(base, l),
                l.getCompanyId(),
                l.getCustomerAccountId(),
                customer.map(CustomerAccountRef::code).orElse(null),
                customer.map(CustomerAccountRef::name).orElse(null),
                s.reference(),
                l.getDocumentId(),
                l.money().amount(),
                l.money().currencyCode(),
                l.getEmail(),
                l.getLanguage(),
                l.state(s.state()).name(),
                l.getCreatedBy(),
                l.getCreatedAt(),
                l.getExpiresAt(),
                l.getOpenedAt(),
                l.getMailsSent(),
                l.getLastMailedAt(),
                l.getMailFailure(),
                l.getCancelledAt(),
                "PAID".equals(s.state()) ? s.collectionReference() : null);
    }

    private static String url(String base, PaymentLink l) {
        return base + "/vpos/pay/" + l.getSessionPublicId();
    }

    private String base(String requestBase) {
        String b = publicBaseUrl.filter(s -> !s.isBlank()).orElse(requestBase == null ? "" : requestBase);
        return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }
}
