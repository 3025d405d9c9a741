package dev.vpos.approvals.application;

import dev.vpos.approvals.domain.RefundApproval;
import dev.vpos.approvals.infrastructure.RefundApprovalRepository;
import dev.vpos.shared.application.Page;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The refund_approval rows: each write in its own transaction, so the bank is never called inside one. */
@ApplicationScoped
@Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
public class ApprovalStore {

    @Inject
    RefundApprovalRepository approvals;

    /** Writes the request; a second request with the same requester and key fails on the unique constraint. */
    public RefundApproval record(RefundApproval approval) {
        approvals.add(approval);
        return approval;
    }

    /** Runs {@code change} on the row locked for update and answers it (a decision is taken once). */
    public RefundApproval change(String reference, java.util.function.Consumer<RefundApproval> change) {
        RefundApproval a = approvals
                .lockByReference(reference)
                .orElseThrow(() -> new NotFoundException("fourEyes.notFound", reference));
        change.accept(a);
        approvals.flush();
        return a;
    }

    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = BusinessException.class)
    public Optional<RefundApproval> byKey(String requester, String key) {
        return approvals.byKey(requester, key);
    }

    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = BusinessException.class)
    public RefundApproval byReference(String reference) {
        return approvals
                .byReference(reference)
                .orElseThrow(() -> new NotFoundException("fourEyes.notFound", reference));
    }

    /**
     * The requests in a state (null: all), newest first, optionally of one company or one collection, only of the
     * {@code companies} the caller may see (null: every company).
     */
    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = BusinessException.class)
    public Page<RefundApproval> list(
            RefundApproval.State state,
            Long companyId,
            String collectionReference,
            List<Long> companies,
            int page,
            int size) {
        if (companies != null && companies.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        return approvals.page(state, companyId, collectionReference, companies, page, size);
    }
}
