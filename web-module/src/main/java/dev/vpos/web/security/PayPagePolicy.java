package dev.vpos.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Content-Security-Policy of the server-rendered payer pages (hosted payment page, 3-D hand-over, callbacks):
 * no inline script or style is allowed except the exact ones the page was rendered with, by their SHA-256 hash
 * (the auto-submitting form to the bank's gate, a provider's card page such as Stripe's). An injected script has
 * another hash and does not run; {@code 'unsafe-inline'} is never given. Stripe.js and its frames are allowed.
 *
 * <p>A bank's own 3-D page shown as the bank sent it (Vakıf Katılım's and KuveytTürk's enrollment answer) submits its
 * form from an event handler attribute ({@code <body onload="document.forms[0].submit();">}), which a script hash
 * does not cover: such handlers are allowed by their exact hash with {@code 'unsafe-hashes'}, added only when the page
 * has one, so any other handler still does not run.
 */
public final class PayPagePolicy {

    private static final Pattern INLINE_SCRIPT =
            Pattern.compile("<script(\\s[^>]*)?>(.*?)</script\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern INLINE_STYLE =
            Pattern.compile("<style(\\s[^>]*)?>(.*?)</style\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SRC = Pattern.compile("\\ssrc\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[a-z][^>]*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** An event handler attribute of a tag, its value quoted: {@code onload="..."} or {@code onload='...'}. */
    private static final Pattern HANDLER_IN_TAG =
            Pattern.compile("\\son[a-z]+\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')", Pattern.CASE_INSENSITIVE);

    private PayPagePolicy() {}

    /** The policy for this page: its own inline scripts and styles by hash, nothing else inline. */
    public static String forPage(String html) {
        List<String> scripts = hashes(INLINE_SCRIPT, html, true);
        List<String> handlers = handlerHashes(html);
        if (!handlers.isEmpty()) {
            scripts.add(0, "unsafe-hashes");
            handlers.stream().filter(h -> !scripts.contains(h)).forEach(scripts::add);
        }
        return of(scripts, hashes(INLINE_STYLE, html, false));
    }

    /** The hashes of the page's event handler attributes, as the browser hashes them: their values unescaped. */
    private static List<String> handlerHashes(String html) {
        List<String> out = new ArrayList<>();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            Matcher handler = HANDLER_IN_TAG.matcher(tag.group());
            while (handler.find()) {
                String value = handler.group(1) != null ? handler.group(1) : handler.group(2);
                String hash = "sha256-" + Base64.getEncoder().encodeToString(sha256(unescape(value)));
                if (!out.contains(hash)) {
                    out.add(hash);
                }
            }
        }
        return out;
    }

    private static String unescape(String attribute) {
        return attribute
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&apos;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    static String of(List<String> scriptHashes, List<String> styleHashes) {
        return "default-src 'self'; script-src 'self' https://js.stripe.com" + joined(scriptHashes)
                + "; style-src 'self'" + joined(styleHashes)
                + "; img-src 'self' data: https:; connect-src 'self' https://api.stripe.com;"
                + " frame-src 'self' https://js.stripe.com https://hooks.stripe.com; object-src 'none';"
                + " base-uri 'none'; frame-ancestors 'none'";
    }

    private static String joined(List<String> hashes) {
        StringBuilder out = new StringBuilder();
        hashes.forEach(h -> out.append(" '").append(h).append('\''));
        return out.toString();
    }

    private static List<String> hashes(Pattern element, String html, boolean skipExternal) {
        List<String> out = new ArrayList<>();
        Matcher m = element.matcher(html);
        while (m.find()) {
            String attributes = m.group(1) == null ? "" : m.group(1);
            if (skipExternal && SRC.matcher(attributes).find()) {
                continue;
            }
            String hash = "sha256-" + Base64.getEncoder().encodeToString(sha256(m.group(2)));
            if (!out.contains(hash)) {
                out.add(hash);
            }
        }
        return out;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
