package dev.vpos.gateway.infrastructure.xml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Nothing a payer or a bank typed can open or close an element of a request. */
class XmlWriterTest {

    private static final Charset TURKISH = Charset.forName("ISO-8859-9");

    @Test
    void everyValueIsEscapedAndControlCharactersAreDropped() {
        String xml = XmlWriter.utf8()
                .leaf("Name", "a<b>&\"c'</Name><Admin>1")
                .leaf("Note", "line\u0001\ttab\nnew")
                .leaf("Empty", null)
                .toString();

        assertEquals(
                "<Name>a&lt;b&gt;&amp;&quot;c&apos;&lt;/Name&gt;&lt;Admin&gt;1</Name><Note>line\ttab\nnew</Note>"
                        + "<Empty></Empty>",
                xml);
    }

    @Test
    void aNarrowCharsetKeepsTurkishLettersAndReferencesTheRest() {
        XmlWriter w = XmlWriter.in(TURKISH).declaration().leaf("Ad", "Şükrü € 😀");

        assertEquals("<?xml version=\"1.0\" encoding=\"ISO-8859-9\"?><Ad>Şükrü &#x20ac; &#x1f600;</Ad>", w.toString());
        assertArrayEquals(w.toString().getBytes(TURKISH), w.bytes());
    }

    @Test
    void mapsNestInOrderWithAPrefix() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("Id", "1");
        fields.put("Card", Map.of("No", "4"));
        fields.put("Last", 2);

        assertEquals(
                "<ser:Req><ser:Id>1</ser:Id><ser:Card><ser:No>4</ser:No></ser:Card><ser:Last>2</ser:Last></ser:Req>",
                XmlWriter.utf8().prefixed("ser:").element("Req", fields).toString());
        assertEquals(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><R/>".replace("<R/>", "<R></R>"),
                XmlWriter.utf8().declaration().element("R", Map.of()).toString());
        assertArrayEquals(
                "<a>ü</a>".getBytes(StandardCharsets.UTF_8),
                XmlWriter.utf8().leaf("a", "ü").bytes());
    }
}
