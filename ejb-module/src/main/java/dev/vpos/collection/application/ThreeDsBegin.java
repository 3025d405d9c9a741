package dev.vpos.collection.application;

import dev.vpos.gateway.domain.ThreeDsStart;

/**
 * The start of a 3-D payment: the collection (PENDING_3DS, or already settled when the start failed) and how the
 * payer's browser goes on to the bank ({@code start} is null when there is nowhere to go).
 */
public record ThreeDsBegin(CollectionView collection, ThreeDsStart start) {

    public boolean goesToBank() {
        return start != null && !start.isFailure();
    }
}
