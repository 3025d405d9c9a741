package dev.vpos.shared.application;

import java.util.List;

/** One page of a listing: items, the zero-based page number, the page size and the total count. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 500;

    public static int firstResult(int page, int size) {
        return Math.multiplyExact(page, size);
    }
}
