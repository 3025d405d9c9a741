package dev.vpos.access.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompanyScopeTest {

    @Test
    void everyCompanyPermitsAnyCompanyAndRestrictsNothing() {
        CompanyScope every = CompanyScope.every();
        assertTrue(every.permits(1L));
        assertTrue(every.permits(987L));
        assertFalse(every.permits(null), "a record without a company is nobody's");
        assertNull(every.restriction());
        assertEquals("*", every.describe());
    }

    @Test
    void grantedCompaniesOnlyInAscendingOrder() {
        CompanyScope some = CompanyScope.of(List.of(7L, 2L, 7L));
        assertTrue(some.permits(2L));
        assertTrue(some.permits(7L));
        assertFalse(some.permits(3L));
        assertEquals(List.of(2L, 7L), some.restriction());
        assertEquals("2,7", some.describe());
    }

    @Test
    void noGrantIsNoCompanyFailClosed() {
        CompanyScope none = CompanyScope.none();
        assertFalse(none.permits(1L));
        assertEquals(List.of(), none.restriction(), "an empty restriction, not every company");
        assertEquals("", none.describe());
    }
}
