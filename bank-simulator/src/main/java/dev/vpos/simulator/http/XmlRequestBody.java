package dev.vpos.simulator.http;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * An XML document posted to a bank endpoint, either as the raw body ({@code text/xml}, {@code application/xml})
 * or URL-encoded in one field of an {@code application/x-www-form-urlencoded} form (e.g. {@code DATA=...}).
 *
 * <p>Which charset decodes the XML bytes: the {@code charset} of the Content-Type when it names a known charset
 * and the bytes are valid in it; otherwise the XML declaration's {@code encoding}; otherwise UTF-8 (XML's default).
 * In a form, the percent-encoded bytes are the XML bytes, so the same rule applies to them.
 */
public final class XmlRequestBody {

    private XmlRequestBody() {}

    public static Optional<Document> read(byte[] body, String contentType, String formField) {
        Optional<byte[]> xml = isForm(contentType) ? formValue(body, formField) : Optional.of(body);
        if (xml.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> text = charsetOf(contentType).flatMap(charset -> decodeStrictly(xml.get(), charset));
        if (text.isPresent()) {
            return HardenedXml.parse(new InputSource(new StringReader(text.get())));
        }
        return HardenedXml.parse(new InputSource(new ByteArrayInputStream(xml.get())));
    }

    static boolean isForm(String contentType) {
        return contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** The raw bytes of one form field: percent-decoding through ISO-8859-1 maps every byte to itself. */
    static Optional<byte[]> formValue(byte[] form, String field) {
        for (String pair : new String(form, StandardCharsets.ISO_8859_1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(field)) {
                try {
                    String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.ISO_8859_1);
                    return Optional.of(value.getBytes(StandardCharsets.ISO_8859_1));
                } catch (IllegalArgumentException badEscape) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    static Optional<Charset> charsetOf(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        for (String parameter : contentType.split(";")) {
            String p = parameter.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name = p.substring("charset=".length()).replace("\"", "").trim();
                try {
                    return Optional.of(Charset.forName(name));
                } catch (IllegalArgumentException unknownCharset) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> decodeStrictly(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException notInThatCharset) {
            return Optional.empty();
        }
    }
}
