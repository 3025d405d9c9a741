package dev.vpos.gateway.vakifkatilim;

import dev.vpos.gateway.infrastructure.AnswerFormat;
import dev.vpos.gateway.infrastructure.xml.XmlNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code ThreeDModelPayGate} answers: an HTML page whose first form takes the payer to the ACS — or posts a
 * refusal straight back to our FailUrl (its fields then carry a ResponseCode) — or, for a message it could not take
 * at all, a {@code VPosTransactionResponseContract}. The page is shown to the payer as it is; its form's fields are
 * read only to see whether the bank already refused.
 */
record VakifKatilimEnrollmentPage(
        String html, String action, Map<String, String> formFields, Optional<VakifKatilimAnswer> refusal) {

    private static final Pattern FORM =
            Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.CASE_INSENSITIVE);

    static final AnswerFormat<VakifKatilimEnrollmentPage> FORMAT = AnswerFormat.onHttpOk(
                    StandardCharsets.UTF_8, VakifKatilimEnrollmentPage::read)
            .masked(VakifKatilimLog::masked);

    static Optional<VakifKatilimEnrollmentPage> read(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.stripLeading().startsWith("<?xml") || text.stripLeading().startsWith("<VPos")) {
            return XmlNode.parse(body)
                    .flatMap(VakifKatilimAnswer::of)
                    .map(a -> new VakifKatilimEnrollmentPage(text, "", Map.of(), Optional.of(a)));
        }
        Matcher form = FORM.matcher(text);
        if (!form.find()) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(form.group(2));
        while (input.find()) {
            String name = attribute(input.group(1), "name");
            String value = attribute(input.group(1), "value");
            if (name != null && value != null) {
                fields.put(name, value);
            }
        }
        String action = attribute(form.group(1), "action");
        return Optional.of(
                new VakifKatilimEnrollmentPage(text, action == null ? "" : action, fields, Optional.empty()));
    }

    /** The bank's refusal: an XML answer, or a form that posts a ResponseCode other than 00 back to us. */
    Optional<String[]> refused() {
        if (refusal.isPresent()) {
            return Optional.of(new String[] {refusal.get().code(), refusal.get().message()});
        }
        String code = formFields.getOrDefault("ResponseCode", "");
        if (!code.isEmpty() && !VakifKatilimAnswer.APPROVED.equals(code)) {
            return Optional.of(new String[] {code, formFields.getOrDefault("ResponseMessage", "")});
        }
        return Optional.empty();
    }

    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("\\b" + name + "\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')", Pattern.CASE_INSENSITIVE)
                .matcher(attributes);
        if (!m.find()) {
            return null;
        }
        return (m.group(1) != null ? m.group(1) : m.group(2))
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
