package dev.vpos.collection.application;

/**
 * What a bank's 3-D callback achieved: the collection after it, or, when the callback failed a check, why it was
 * refused (the collection then did not change).
 */
public record ThreeDsOutcome(CollectionView collection, boolean accepted, String rejection) {
}
