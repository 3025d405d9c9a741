package dev.vpos.web.access;

import dev.vpos.access.application.CompanyGrants;
import dev.vpos.access.application.RecordCompanies;
import dev.vpos.access.application.RecordCompanies.Owner;
import dev.vpos.access.domain.CompanyScope;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.shared.domain.NotFoundException;
import dev.vpos.web.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one place that decides which companies' data the caller of this request may see (docs/security.md, "In which
 * company"): admins every company; everybody else the companies granted to them in the module's table, none without
 * a grant. A record of a company the caller may not see answers exactly as one that does not exist (404, or 400 on
 * {@code companyId} where an unknown company is a field error), so its existence is not revealed. A portal client sees
 * only the collections and checkout sessions it created.
 */
@RequestScoped
public class CompanyAccess {

    @Inject
    HttpServletRequest request;

    @Inject
    CompanyGrants grants;

    @Inject
    RecordCompanies records;

    private CompanyScope scope;

    /** The caller's companies, read once per request. */
    public CompanyScope scope() {
        if (scope == null) {
            scope = request.isUserInRole(Roles.VPOS_ADMIN)
                    ? CompanyScope.every()
                    : grants.scopeOf(request.getUserPrincipal().getName());
        }
        return scope;
    }

    /** A company named in the path: 404 as an unknown company unless the caller may see it. */
    public void requireCompany(Long companyId) {
        if (!scope().permits(companyId)) {
            throw new NotFoundException("company.notFoundById", "company " + companyId);
        }
    }

    /** A company named in a body or query ({@code companyId}): 400 as an unknown company unless granted; null passes. */
    public void requireCompanyField(Long companyId) {
        if (companyId != null && !scope().permits(companyId)) {
            throw new InvalidInputException(FieldError.of("companyId", "company.notFound", String.valueOf(companyId)));
        }
    }

    /** A definition named in a query or body ({@code definitionId}): 400 as an unknown one unless granted. */
    public void requireDefinitionField(Long definitionId, String messageKey) {
        if (definitionId != null
                && !records.definition(definitionId).map(scope()::permits).orElse(false)) {
            throw new InvalidInputException(FieldError.of("definitionId", messageKey));
        }
    }

    /** A collection by reference: its company granted, and for a portal client one it created. */
    public void requireCollection(String reference) {
        requireOwned(records.collection(reference), "collection.notFound", reference);
    }

    /** A checkout session by its public id: as {@link #requireCollection}. */
    public void requireCheckoutSession(String id) {
        requireOwned(records.checkoutSession(id), "checkout.notFound", id);
    }

    public void requireBatch(long id) {
        require(records.batch(id), "batches.notFound", id);
    }

    public void requireDefinition(long id) {
        require(records.definition(id), "definition.notFoundById", id);
    }

    public void requireInteraction(long id) {
        require(records.interaction(id), "txlog.notFound", id);
    }

    public void requireNotification(long id) {
        require(records.notification(id), "notification.notFound", id);
    }

    public void requireReconciliationDay(long id) {
        require(records.reconciliationDay(id), "reconciliation.dayNotFound", id);
    }

    public void requireStatementImport(long id) {
        require(records.statementImport(id), "reconciliation.importNotFound", id);
    }

    /** The items of the caller's companies only. */
    public <T> List<T> filter(List<T> items, Function<T, Long> companyOf) {
        CompanyScope s = scope();
        return s.everyCompany()
                ? items
                : items.stream().filter(i -> s.permits(companyOf.apply(i))).toList();
    }

    private void requireOwned(Optional<Owner> owner, String messageKey, String key) {
        boolean visible = owner.isPresent()
                && scope().permits(owner.get().companyId())
                && (!portalOnly()
                        || owner.get()
                                .createdBy()
                                .equals(request.getUserPrincipal().getName()));
        if (!visible) {
            throw new NotFoundException(messageKey, key);
        }
    }

    private void require(Optional<Long> company, String messageKey, long id) {
        if (company.isEmpty() || !scope().permits(company.get())) {
            throw new NotFoundException(messageKey, String.valueOf(id));
        }
    }

    /** A portal client that is not also staff: it sees only what it created. */
    private boolean portalOnly() {
        return request.isUserInRole(Roles.PORTAL_CLIENT)
                && !request.isUserInRole(Roles.VPOS_ADMIN)
                && !request.isUserInRole(Roles.FINANCE)
                && !request.isUserInRole(Roles.AUDITOR)
                && !request.isUserInRole(Roles.COLLECTOR);
    }
}
