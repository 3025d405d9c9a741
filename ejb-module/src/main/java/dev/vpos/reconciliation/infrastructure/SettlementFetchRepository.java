package dev.vpos.reconciliation.infrastructure;

import dev.vpos.reconciliation.domain.KnownFiles;
import dev.vpos.reconciliation.domain.SettlementFetch;
import dev.vpos.reconciliation.domain.SettlementFetchedFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The settlement_fetch and settlement_fetched_file tables (what the fetch job did); joins the caller's transaction. */
@ApplicationScoped
public class SettlementFetchRepository {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    public void addNow(SettlementFetch f) {
        em.persist(f);
        em.flush();
    }

    public void add(SettlementFetchedFile f) {
        em.persist(f);
    }

    public void flush() {
        em.flush();
    }

    public SettlementFetch find(long id) {
        return em.find(SettlementFetch.class, id);
    }

    /** The definition's runs, newest first. */
    public List<SettlementFetch> history(long definitionId, int max) {
        return em.createQuery(
                        "select f from SettlementFetch f where f.definitionId = :d order by f.startedAt desc, f.id desc",
                        SettlementFetch.class)
                .setParameter("d", definitionId)
                .setMaxResults(max)
                .getResultList();
    }

    /** The files of these runs. */
    public List<SettlementFetchedFile> filesOf(List<Long> fetchIds) {
        if (fetchIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select f from SettlementFetchedFile f where f.fetchId in :ids order by f.id",
                        SettlementFetchedFile.class)
                .setParameter("ids", fetchIds)
                .getResultList();
    }

    /** Files of the definition dealt with: imported (and the import did not fail since) or recognised. */
    public KnownFiles known(long definitionId) {
        List<SettlementFetchedFile> files = em.createQuery(
                        "select f from SettlementFetchedFile f where f.definitionId = :d and (f.outcome = 'KNOWN'"
                                + " or (f.outcome = 'IMPORTED' and not exists (select i.id from StatementImport i"
                                + " where i.id = f.importId and i.status = 'FAILED')))",
                        SettlementFetchedFile.class)
                .setParameter("d", definitionId)
                .getResultList();
        return new KnownFiles(files.stream()
                .map(f -> new KnownFiles.Known(
                        f.getFileName(), f.getContentSha256(), f.getFileBytes(), f.getModifiedAt()))
                .toList());
    }
}
