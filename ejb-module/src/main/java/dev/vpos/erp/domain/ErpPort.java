package dev.vpos.erp.domain;

import java.util.List;
import java.util.Optional;

/**
 * The port to the host ERP. The module ships a default implementation on its own reference tables;
 * a host ERP replaces it with a CDI {@code @Alternative @Priority} bean that reads its own master data.
 */
public interface ErpPort {

    Optional<CompanyRef> company(long companyId);

    List<CompanyRef> companies();

    /** Whether the bank account exists and belongs to the company (where a definition's collections settle). */
    boolean bankAccountOf(long companyId, long bankAccountId);

    /** The active customer accounts of a company, by code. */
    List<CustomerAccountRef> customerAccounts(long companyId);

    /** A customer account of the given company; empty if it does not exist or belongs to another company. */
    Optional<CustomerAccountRef> customerAccount(long companyId, long customerAccountId);

    /** A document of the company; empty if it does not exist or belongs to another company. */
    Optional<DocumentRef> document(long companyId, long documentId);

    /** A document by type (INVOICE, ORDER) and number. */
    Optional<DocumentRef> documentByNumber(long companyId, String type, String number);

    /** The customer's documents with an open amount, oldest due first. */
    List<DocumentRef> openDocuments(long companyId, long customerAccountId);

    /**
     * Applies a payment (or, with a negative amount, its reversal) to the document: its open amount goes down (up),
     * never below zero nor above the total. What does not fit (the document was paid meanwhile through another
     * channel) is not applied and is returned, never refused: the bank has already taken or given back the money, so
     * the collection's state change must commit. Joins the caller's transaction, so the document is paid exactly when
     * the collection's state change is committed.
     *
     * @return the document after the change and the part that did not fit it
     */
    AppliedPayment applyPayment(DocumentPayment payment);
}
