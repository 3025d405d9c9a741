package dev.vpos.definitions.application;

import dev.vpos.definitions.infrastructure.VposDefinitionRepository;
import dev.vpos.shared.domain.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;

/**
 * The "test approval before live" safeguard: the first approved collection through a TEST definition is what lets an
 * admin enable it in LIVE. The collection context reports each approval here, in the transaction that records it.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = BusinessException.class)
public class TestApprovals {

    @jakarta.inject.Inject
    VposDefinitionRepository definitions;

    /** Notes the first approval of a TEST definition (once: later approvals neither write nor lock it). */
    public void approvedThrough(long definitionId, OffsetDateTime at) {
        definitions.markFirstTestApproval(definitionId, at);
    }
}
