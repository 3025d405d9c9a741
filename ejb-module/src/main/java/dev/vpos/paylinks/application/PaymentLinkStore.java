package dev.vpos.paylinks.application;

import dev.vpos.paylinks.domain.PaymentLink;
import dev.vpos.paylinks.infrastructure.PaymentLinkRepository;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.NotFoundException;
import dev.vpos.shared.mail.MailDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The payment links' reads and writes, each a short transaction of its own (never around a mail). */
@ApplicationScoped
@Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
public class PaymentLinkStore {

    @Inject
    PaymentLinkRepository links;

    public PaymentLink add(PaymentLink link) {
        links.add(link);
        return link;
    }

    public PaymentLink get(long id) {
        return links.find(id).orElseThrow(() -> new NotFoundException("paylink.notFound", String.valueOf(id)));
    }

    public Optional<PaymentLink> bySession(String sessionPublicId) {
        return links.bySession(sessionPublicId);
    }

    public List<PaymentLink> ofCompany(long companyId, int limit) {
        return links.ofCompany(companyId, limit);
    }

    /** What the mail came to: one more sent, or the failure kept for the collector. */
    public PaymentLink mailed(long id, MailDelivery delivery) {
        PaymentLink l = links.lock(id).orElseThrow();
        if (delivery.sent()) {
            l.mailed(delivery.at());
        } else {
            l.mailFailed(delivery.at(), delivery.failure());
        }
        return l;
    }

    /** The payer opened the link's page (the first time is kept); false when no link has this session. */
    public boolean opened(String sessionPublicId, OffsetDateTime at) {
        Optional<PaymentLink> l = links.bySession(sessionPublicId);
        if (l.isEmpty()) {
            return false;
        }
        if (l.get().getOpenedAt() == null) {
            links.lock(l.get().getId()).orElseThrow().opened(at);
        }
        return true;
    }

    public PaymentLink cancelled(long id, OffsetDateTime at, String by) {
        PaymentLink l = links.lock(id).orElseThrow();
        l.cancelled(at, by);
        return l;
    }
}
