package dev.vpos.branding.infrastructure;

import dev.vpos.branding.domain.CompanyLogo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The company_logo table: one row per company that has a logo. */
@ApplicationScoped
public class CompanyLogoRepository {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    public Optional<CompanyLogo> find(long companyId) {
        return Optional.ofNullable(em.find(CompanyLogo.class, companyId));
    }

    /** The version of the company's logo without reading the image. */
    public Optional<String> version(long companyId) {
        return em.createQuery("select l.version from CompanyLogo l where l.companyId = :c", String.class)
                .setParameter("c", companyId)
                .getResultStream()
                .findFirst();
    }

    public void add(CompanyLogo logo) {
        em.persist(logo);
    }

    public void remove(CompanyLogo logo) {
        em.remove(logo);
    }
}
