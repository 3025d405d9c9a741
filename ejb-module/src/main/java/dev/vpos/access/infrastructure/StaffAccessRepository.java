package dev.vpos.access.infrastructure;

import dev.vpos.access.domain.CompanyScope;
import dev.vpos.access.domain.StaffAccessAudit;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The staff_company_access and staff_company_grant tables (V60) and the trail of their changes. */
@ApplicationScoped
public class StaffAccessRepository {

    /** A user's stored grants. */
    public record Grants(String user, CompanyScope scope, String updatedBy, OffsetDateTime updatedAt) {}

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    public Optional<Grants> find(String user) {
        List<?> rows = em.createNativeQuery(
                        "select all_companies, updated_by, updated_at from staff_company_access where user_name = ?1")
                .setParameter(1, user)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new Grants(user, scope(user, bool(r[0])), (String) r[1], OffsetDateTimes.of(r[2])));
    }

    /** Every user with a row, by name. */
    public List<Grants> all() {
        List<Grants> out = new ArrayList<>();
        for (Object o : em.createNativeQuery("select user_name from staff_company_access order by user_name")
                .getResultList()) {
            find((String) o).ifPresent(out::add);
        }
        return out;
    }

    /** Replaces the user's grants with {@code scope}. */
    public void replace(String user, CompanyScope scope, String actor, OffsetDateTime at) {
        remove(user);
        em.createNativeQuery("insert into staff_company_access (user_name, all_companies, updated_by, updated_at)"
                        + " values (?1, ?2, ?3, ?4)")
                .setParameter(1, user)
                .setParameter(2, scope.everyCompany())
                .setParameter(3, actor)
                .setParameter(4, at)
                .executeUpdate();
        for (Long company : scope.companies()) {
            em.createNativeQuery("insert into staff_company_grant (user_name, company_id) values (?1, ?2)")
                    .setParameter(1, user)
                    .setParameter(2, company)
                    .executeUpdate();
        }
    }

    /** The user has no grant any more: no company at all. */
    public void remove(String user) {
        em.createNativeQuery("delete from staff_company_grant where user_name = ?1")
                .setParameter(1, user)
                .executeUpdate();
        em.createNativeQuery("delete from staff_company_access where user_name = ?1")
                .setParameter(1, user)
                .executeUpdate();
    }

    /** The ids among {@code ids} that are companies of the group. */
    public List<Long> existingCompanies(List<Long> ids) {
        List<Long> out = new ArrayList<>();
        for (Long id : ids) {
            if (id != null && em.find(dev.vpos.erp.infrastructure.Company.class, id) != null) {
                out.add(id);
            }
        }
        return out;
    }

    public void audit(StaffAccessAudit entry) {
        em.persist(entry);
    }

    public List<StaffAccessAudit> trail(String user) {
        return em.createQuery(
                        "select a from StaffAccessAudit a where a.userName = :u order by a.occurredAt desc, a.id desc",
                        StaffAccessAudit.class)
                .setParameter("u", user)
                .getResultList();
    }

    private CompanyScope scope(String user, boolean every) {
        if (every) {
            return CompanyScope.every();
        }
        List<Long> ids = new ArrayList<>();
        for (Object o : em.createNativeQuery("select company_id from staff_company_grant where user_name = ?1")
                .setParameter(1, user)
                .getResultList()) {
            ids.add(((Number) o).longValue());
        }
        return CompanyScope.of(ids);
    }

    private static boolean bool(Object o) {
        return o instanceof Boolean b ? b : o instanceof Number n && n.intValue() != 0;
    }
}
