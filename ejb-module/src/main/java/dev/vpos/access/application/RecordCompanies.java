package dev.vpos.access.application;

import dev.vpos.access.infrastructure.RecordOwnerQueries;
import dev.vpos.access.infrastructure.RecordOwnerQueries.OwnerRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Which company a record belongs to (and, for what a portal starts, who created it), read straight from its table so
 * access can be decided before the record is read, changed or sent to a bank.
 */
@ApplicationScoped
public class RecordCompanies {

    /** A collection or checkout session's company and the program (or user) that created it. */
    public record Owner(long companyId, String createdBy) {}

    @Inject
    RecordOwnerQueries queries;

    /**
     * A collection by reference; its creator is the portal that opened its checkout session when it was paid on the
     * hosted page (the payer's collection is created in the session's name), else the caller who posted it.
     */
    public Optional<Owner> collection(String reference) {
        return plausible(reference) ? queries.collectionOwner(reference).map(RecordCompanies::owner) : Optional.empty();
    }

    public Optional<Owner> checkoutSession(String publicId) {
        return plausible(publicId)
                ? queries.checkoutSessionOwner(publicId).map(RecordCompanies::owner)
                : Optional.empty();
    }

    public Optional<Long> batch(long id) {
        return queries.batchCompany(id);
    }

    public Optional<Long> definition(long id) {
        return queries.definitionCompany(id);
    }

    public Optional<Long> interaction(long id) {
        return queries.interactionCompany(id);
    }

    public Optional<Long> notification(long id) {
        return queries.notificationCompany(id);
    }

    public Optional<Long> reconciliationDay(long id) {
        return queries.reconciliationDayCompany(id);
    }

    public Optional<Long> statementImport(long id) {
        return queries.statementImportCompany(id);
    }

    /** A key no record can have is not looked up. */
    private static boolean plausible(String key) {
        return key != null && key.length() <= 100;
    }

    private static Owner owner(OwnerRow row) {
        return new Owner(row.companyId(), row.createdBy());
    }
}
