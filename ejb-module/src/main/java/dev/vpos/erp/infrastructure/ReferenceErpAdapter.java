package dev.vpos.erp.infrastructure;

import dev.vpos.erp.domain.CompanyRef;
import dev.vpos.erp.domain.CustomerAccountRef;
import dev.vpos.erp.domain.ErpPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The default {@link ErpPort}: the module's own reference tables. */
@ApplicationScoped
public class ReferenceErpAdapter implements ErpPort {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    @Override
    public Optional<CompanyRef> company(long companyId) {
        return Optional.ofNullable(em.find(Company.class, companyId))
                .map(c -> new CompanyRef(c.getId(), c.getCode(), c.getName()));
    }

    @Override
    public Optional<CustomerAccountRef> customerAccount(long companyId, long customerAccountId) {
        return Optional.ofNullable(em.find(CustomerAccount.class, customerAccountId))
                .filter(a -> a.getCompanyId() == companyId)
                .map(a -> new CustomerAccountRef(a.getId(), a.getCompanyId(), a.getCode(), a.getName(), a.isActive()));
    }

    @Override
    public boolean bankAccountOf(long companyId, long bankAccountId) {
        BankAccount account = em.find(BankAccount.class, bankAccountId);
        return account != null && account.getCompanyId() == companyId;
    }

    @Override
    public List<CompanyRef> companies() {
        return em.createQuery("select c from Company c order by c.code", Company.class).getResultList().stream()
                .map(c -> new CompanyRef(c.getId(), c.getCode(), c.getName())).toList();
    }

    @Override
    public List<CustomerAccountRef> customerAccounts(long companyId) {
        return em.createQuery("select a from CustomerAccount a where a.companyId = :c and a.active = true order by a.code",
                        CustomerAccount.class)
                .setParameter("c", companyId).getResultList().stream()
                .map(a -> new CustomerAccountRef(a.getId(), a.getCompanyId(), a.getCode(), a.getName(), a.isActive()))
                .toList();
    }
}
