package dev.vpos.collection.application;

import java.net.URI;

/**
 * What a bank's 3-D callback achieved: the collection after it, or, when the callback failed a check, why it was
 * refused (the collection then did not change). {@code continueAt} is set when the provider needs the payer on one
 * more of its pages first (the collection stays PENDING_3DS).
 */
public record ThreeDsOutcome(CollectionView collection, boolean accepted, String rejection, URI continueAt) {

    public ThreeDsOutcome(CollectionView collection, boolean accepted, String rejection) {
        this(collection, accepted, rejection, null);
    }
}
