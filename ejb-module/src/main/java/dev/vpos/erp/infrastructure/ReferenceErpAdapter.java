package dev.vpos.erp.infrastructure;

import dev.vpos.erp.domain.AppliedPayment;
import dev.vpos.erp.domain.CompanyRef;
import dev.vpos.erp.domain.CustomerAccountRef;
import dev.vpos.erp.domain.DocumentPayment;
import dev.vpos.erp.domain.DocumentRef;
import dev.vpos.erp.domain.ErpPort;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.Money;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The default {@link ErpPort}: the module's own reference tables. Reads run in a short transaction of their own when
 * the caller has none, so their connection goes back to the pool at once (not at the end of the caller's request).
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
public class ReferenceErpAdapter implements ErpPort {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public Optional<CompanyRef> company(long companyId) {
        return Optional.ofNullable(em.find(Company.class, companyId))
                .map(c -> new CompanyRef(c.getId(), c.getCode(), c.getName()));
    }

    @Override
    public Optional<CustomerAccountRef> customerAccount(long companyId, long customerAccountId) {
        return Optional.ofNullable(em.find(CustomerAccount.class, customerAccountId))
                .filter(a -> a.getCompanyId() == companyId)
                .map(a -> new CustomerAccountRef(
                        a.getId(), a.getCompanyId(), a.getCode(), a.getName(), a.isActive(), a.getEmail()));
    }

    @Override
    public boolean bankAccountOf(long companyId, long bankAccountId) {
        BankAccount account = em.find(BankAccount.class, bankAccountId);
        return account != null && account.getCompanyId() == companyId;
    }

    @Override
    public List<CompanyRef> companies() {
        return em.createQuery("select c from Company c order by c.code", Company.class).getResultList().stream()
                .map(c -> new CompanyRef(c.getId(), c.getCode(), c.getName()))
                .toList();
    }

    @Override
    public List<CustomerAccountRef> customerAccounts(long companyId) {
        return em
                .createQuery(
                        "select a from CustomerAccount a where a.companyId = :c and a.active = true order by a.code",
                        CustomerAccount.class)
                .setParameter("c", companyId)
                .getResultList()
                .stream()
                .map(a -> new CustomerAccountRef(
                        a.getId(), a.getCompanyId(), a.getCode(), a.getName(), a.isActive(), a.getEmail()))
                .toList();
    }

    @Override
    public Optional<DocumentRef> document(long companyId, long documentId) {
        return Optional.ofNullable(em.find(ErpDocument.class, documentId))
                .filter(d -> d.getCompanyId() == companyId)
                .map(ErpDocument::toRef);
    }

    @Override
    public Optional<DocumentRef> documentByNumber(long companyId, String type, String number) {
        return em.createQuery(
                        "select d from ErpDocument d where d.companyId = :c and d.documentType = :t"
                                + " and d.documentNo = :n",
                        ErpDocument.class)
                .setParameter("c", companyId)
                .setParameter("t", type)
                .setParameter("n", number)
                .getResultStream()
                .findFirst()
                .map(ErpDocument::toRef);
    }

    @Override
    public List<DocumentRef> openDocuments(long companyId, long customerAccountId) {
        return em.createQuery(
                        "select d from ErpDocument d where d.companyId = :c and d.customerAccountId = :a"
                                + " and d.openAmount > 0 order by d.dueDate, d.documentNo",
                        ErpDocument.class)
                .setParameter("c", companyId)
                .setParameter("a", customerAccountId)
                .setMaxResults(200)
                .getResultStream()
                .map(ErpDocument::toRef)
                .toList();
    }

    @Override
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = BusinessException.class)
    public AppliedPayment applyPayment(DocumentPayment payment) {
        ErpDocument d = em.find(ErpDocument.class, payment.documentId(), LockModeType.PESSIMISTIC_WRITE);
        if (d == null) {
            throw new IllegalStateException("no ERP document " + payment.documentId());
        }
        BigDecimal settles = payment.settles().amount();
        BigDecimal applied = d.fitting(settles);
        d.apply(applied);
        em.persist(new DocumentPaymentRow(
                payment.documentId(),
                payment.collectionId(),
                payment.amount().amount(),
                payment.discount() == null
                        ? BigDecimal.ZERO
                        : payment.discount().amount(),
                payment.surcharge() == null
                        ? BigDecimal.ZERO
                        : payment.surcharge().amount(),
                settles.subtract(applied),
                OffsetDateTimes.now(clock)));
        return new AppliedPayment(
                d.toRef(), Money.of(settles.subtract(applied), payment.amount().currencyCode()));
    }
}
