package dev.vpos.collection.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DefinitionBulkheadTest {

    private final DefinitionBulkhead bulkhead = new DefinitionBulkhead();

    {
        bulkhead.limit = 2;
    }

    @Test
    void refusesTheCallOverTheLimitOfItsDefinitionOnly() {
        Optional<DefinitionBulkhead.Permit> first = bulkhead.enter(7);
        Optional<DefinitionBulkhead.Permit> second = bulkhead.enter(7);
        assertTrue(first.isPresent() && second.isPresent());
        assertTrue(bulkhead.enter(7).isEmpty(), "a third call to the same bank is not made");
        assertTrue(bulkhead.enter(8).isPresent(), "another definition's bank is not affected");
        assertEquals(2, bulkhead.inFlight(7));
    }

    @Test
    void aPermitGivenBackOnceMakesRoomOnce() {
        DefinitionBulkhead.Permit first = bulkhead.enter(7).orElseThrow();
        bulkhead.enter(7).orElseThrow();
        first.close();
        first.close(); // closing twice gives back one place, not two
        assertEquals(1, bulkhead.inFlight(7));
        assertTrue(bulkhead.enter(7).isPresent());
        assertTrue(bulkhead.enter(7).isEmpty());
    }
}
