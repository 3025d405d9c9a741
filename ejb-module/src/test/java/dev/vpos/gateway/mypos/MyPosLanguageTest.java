package dev.vpos.gateway.mypos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** IPCLanguage: myPOS's own codes (Greek is GR), English where myPOS has no page in the payer's language. */
class MyPosLanguageTest {

    @Test
    void ourPayersLanguagesBecomeMyPosCodes() {
        assertEquals("GR", IpcRequests.language("el"));
        assertEquals("IT", IpcRequests.language("it-IT"));
        assertEquals("EN", IpcRequests.language("en"));
        assertEquals("EN", IpcRequests.language("tr"));
        assertEquals("EN", IpcRequests.language("ar"));
        assertEquals("EN", IpcRequests.language("ru"));
        assertEquals("EN", IpcRequests.language(null));
    }
}
