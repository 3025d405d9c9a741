package dev.vpos.definitions.infrastructure;

import dev.vpos.definitions.domain.Environment;
import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.gateway.domain.GatewayFamily;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.Query;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The vpos_definition table (with its credentials and plans); joins the caller's transaction. */
@ApplicationScoped
public class VposDefinitionRepository {

    /** A definition's facts for the health report, without its credentials. */
    public record FactsRow(
            long id,
            long companyId,
            String code,
            String displayName,
            GatewayFamily family,
            Environment environment,
            boolean enabled,
            String testEndpointUrl,
            String liveEndpointUrl,
            String outgoingIp) {}

    /** A credential stored in plain (never a sealed secret). */
    public record PlainCredential(long definitionId, GatewayFamily family, String name, String value) {}

    /** A definition's id and the version of its row, credentials and plans. */
    public record Stamp(long id, long version) {}

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    @PersistenceUnit(unitName = "vpos")
    EntityManagerFactory factory;

    public Optional<VposDefinition> find(long id) {
        return Optional.ofNullable(em.find(VposDefinition.class, id));
    }

    /** The versions of the company's enabled definitions, its default first, then by code. */
    public List<Stamp> enabledStamps(long companyId) {
        return em
                .createQuery(
                        "select d.id, d.version from VposDefinition d where d.companyId = :c and d.enabled = true"
                                + " order by d.defaultForCompany desc, d.code",
                        Object[].class)
                .setParameter("c", companyId)
                .getResultList()
                .stream()
                .map(r -> new Stamp((Long) r[0], ((Number) r[1]).longValue()))
                .toList();
    }

    /** The version of one definition, if it exists. */
    public Optional<Stamp> stamp(long id) {
        return em
                .createQuery("select d.version from VposDefinition d where d.id = :id", Long.class)
                .setParameter("id", id)
                .getResultList()
                .stream()
                .findFirst()
                .map(v -> new Stamp(id, v));
    }

    /**
     * The definition with its credentials and plans, read in a persistence context of its own and detached, so that
     * it belongs to no caller's transaction (it may be kept and shared between threads).
     */
    public Optional<VposDefinition> readDetached(long id) {
        EntityManager own = factory.createEntityManager();
        try {
            VposDefinition d = own.find(VposDefinition.class, id);
            if (d != null) {
                d.getCredentials();
                d.getInstallmentPlans();
                own.detach(d);
            }
            return Optional.ofNullable(d);
        } finally {
            own.close();
        }
    }

    /** Inserts at once (flush), so the definition's id and unique code are settled. */
    public void addNow(VposDefinition d) {
        em.persist(d);
        em.flush();
    }

    public void remove(VposDefinition d) {
        em.remove(d);
    }

    /**
     * Commits a new version of the definition with this transaction, for a change the version would not otherwise
     * record (e.g. only its sealed credentials re-sealed): nodes re-read a definition when its version changes.
     */
    public void newVersion(VposDefinition d) {
        em.lock(d, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    /** Writes the changes made so far in the transaction. */
    public void flush() {
        em.flush();
    }

    /** The company's definitions (or only its enabled ones), its default first, then by code. */
    public List<VposDefinition> ofCompany(long companyId, boolean onlyEnabled) {
        return em.createQuery(
                        "select d from VposDefinition d where d.companyId = :c"
                                + (onlyEnabled ? " and d.enabled = true" : "")
                                + " order by d.defaultForCompany desc, d.code",
                        VposDefinition.class)
                .setParameter("c", companyId)
                .getResultList();
    }

    /** Every definition, by id. */
    public List<VposDefinition> allById() {
        return em.createQuery("select d from VposDefinition d order by d.id", VposDefinition.class)
                .getResultList();
    }

    /** Every definition, in no order. */
    public List<VposDefinition> all() {
        return em.createQuery("select d from VposDefinition d", VposDefinition.class)
                .getResultList();
    }

    public boolean codeTaken(long companyId, String code) {
        return em.createQuery(
                                "select count(d) from VposDefinition d where d.companyId = :c and d.code = :code",
                                Long.class)
                        .setParameter("c", companyId)
                        .setParameter("code", code)
                        .getSingleResult()
                > 0;
    }

    /** The ids of the company's definitions with this code. */
    public List<Long> idsWithCode(long companyId, String code) {
        return em.createQuery("select d.id from VposDefinition d where d.companyId = :c and d.code = :code", Long.class)
                .setParameter("c", companyId)
                .setParameter("code", code)
                .getResultList();
    }

    /** The company's other definitions marked default. */
    public List<VposDefinition> otherDefaults(long companyId, long id) {
        return em.createQuery(
                        "select x from VposDefinition x where x.companyId = :c and x.id <> :id and x.defaultForCompany = true",
                        VposDefinition.class)
                .setParameter("c", companyId)
                .setParameter("id", id)
                .getResultList();
    }

    /**
     * Notes the first approval of a TEST definition. Native SQL on purpose: a JPQL bulk update would bump the
     * definition's version and make an admin's open edit look stale; once set, the row no longer matches, so later
     * approvals neither write nor lock it.
     */
    public void markFirstTestApproval(long definitionId, OffsetDateTime at) {
        em.createNativeQuery("update vpos_definition set test_approved_at = ?1"
                        + " where id = ?2 and test_approved_at is null and environment = 'TEST'")
                .setParameter(1, at)
                .setParameter(2, definitionId)
                .executeUpdate();
    }

    /** The facts of the definitions of {@code companies} (null: every company, never empty), by company then code. */
    public List<FactsRow> facts(List<Long> companies) {
        String where = companies == null ? "" : " where d.companyId in :companies";
        return restrict(
                        em.createQuery(
                                "select d.id, d.companyId, d.code, d.displayName, d.family, d.environment, d.enabled,"
                                        + " d.testEndpointUrl, d.liveEndpointUrl, d.outgoingIp from VposDefinition d"
                                        + where
                                        + " order by d.companyId, d.code",
                                Object[].class),
                        companies)
                .getResultList()
                .stream()
                .map(r -> new FactsRow(
                        (Long) r[0],
                        (Long) r[1],
                        (String) r[2],
                        (String) r[3],
                        (GatewayFamily) r[4],
                        (Environment) r[5],
                        (Boolean) r[6],
                        (String) r[7],
                        (String) r[8],
                        (String) r[9]))
                .toList();
    }

    /** The plain credentials of the definitions of {@code companies} (null: every company); secrets are not read. */
    public List<PlainCredential> plainCredentials(List<Long> companies) {
        return restrict(
                        em.createQuery(
                                "select d.id, d.family, c.name, c.value from VposDefinition d join d.credentials c"
                                        + " where c.sealed = false"
                                        + (companies == null ? "" : " and d.companyId in :companies"),
                                Object[].class),
                        companies)
                .getResultList()
                .stream()
                .map(r -> new PlainCredential((Long) r[0], (GatewayFamily) r[1], (String) r[2], (String) r[3]))
                .toList();
    }

    private static <Q extends Query> Q restrict(Q query, List<Long> companies) {
        if (companies != null) {
            query.setParameter("companies", companies);
        }
        return query;
    }
}
