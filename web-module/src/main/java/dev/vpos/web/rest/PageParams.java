package dev.vpos.web.rest;

import dev.vpos.shared.application.Page;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/** Checks {@code page} (zero-based) and {@code size} query parameters. */
public final class PageParams {

    private PageParams() {}

    public static void check(int page, int size) {
        List<FieldError> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(FieldError.of("page", "page.range"));
        }
        if (size < 1 || size > Page.MAX_SIZE) {
            errors.add(FieldError.of("size", "size.range", Page.MAX_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
