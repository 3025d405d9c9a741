package dev.vpos.web.rest;

import dev.vpos.shared.application.Page;
import java.util.List;
import java.util.function.Function;

/** A page of a listing as JSON: items, page, size, total. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageResponse<>(page.items().stream().map(mapper).toList(), page.page(), page.size(), page.total());
    }
}
