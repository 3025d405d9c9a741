package dev.vpos.paylinks.application;

import dev.vpos.shared.domain.Money;
import dev.vpos.shared.mail.OutgoingMail;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The payment link's mail in the payer's language (tr, en, ar, el, it, ru; texts in {@code dev/vpos/paylinks/mail*.properties}):
 * who asks for the payment (the company, its logo when it has one), how much for what, the link, until when it is
 * valid, and that the card is never asked for by mail. Plain text and an HTML alternative with the same words.
 */
final class LinkMails {

    /** The payer page's languages, in the order the screen offers them. */
    static final List<String> LANGUAGES = List.of("tr", "en", "ar", "el", "it", "ru");

    private LinkMails() {}

    record Content(
            String to,
            String language,
            String company,
            String logoUrl,
            String customer,
            Money amount,
            String reference,
            String url,
            OffsetDateTime expiresAt,
            ZoneId zone) {}

    static OutgoingMail of(Content c) {
        Locale locale = Locale.forLanguageTag(c.language());
        ResourceBundle texts = ResourceBundle.getBundle(
                "dev.vpos.paylinks.mail",
                locale,
                LinkMails.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] args = {c.company(), c.customer(), amount(c.amount(), locale), c.reference(), c.url(), until(c, locale)
        };
        String subject = format(texts, "subject", locale, args);
        String text = String.join(
                "\n\n",
                format(texts, "greeting", locale, args),
                format(texts, "body", locale, args),
                format(texts, "payHere", locale, args),
                format(texts, "expires", locale, args),
                format(texts, "safety", locale, args) + "\n" + format(texts, "ignore", locale, args));
        return new OutgoingMail(c.to(), subject, text + "\n", html(c, texts, locale, args));
    }

    private static String html(Content c, ResourceBundle texts, Locale locale, Object[] args) {
        String dir = "ar".equals(c.language()) ? "rtl" : "ltr";
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"")
                .append(c.language())
                .append("\" dir=\"")
                .append(dir)
                .append("\"><body style=\"font-family:sans-serif;color:#1d2733\">");
        if (c.logoUrl() != null) {
            b.append("<p><img src=\"")
                    .append(esc(c.logoUrl()))
                    .append("\" alt=\"")
                    .append(esc(c.company()))
                    .append("\" height=\"48\"></p>");
        }
        b.append("<p><strong>").append(esc(c.company())).append("</strong></p>");
        for (String key : List.of("greeting", "body")) {
            b.append("<p>").append(esc(format(texts, key, locale, args))).append("</p>");
        }
        b.append("<p><a href=\"")
                .append(esc(c.url()))
                .append("\" style=\"display:inline-block;padding:12px 20px;background:#0b5cab;color:#fff;"
                        + "text-decoration:none;border-radius:4px\">")
                .append(esc(format(texts, "action", locale, args)))
                .append("</a></p><p style=\"color:#4f5d6b\">")
                .append(esc(c.url()))
                .append("</p>");
        for (String key : List.of("expires", "safety", "ignore")) {
            b.append("<p style=\"color:#4f5d6b\">")
                    .append(esc(format(texts, key, locale, args)))
                    .append("</p>");
        }
        return b.append("</body></html>").toString();
    }

    static String amount(Money m, Locale locale) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        Currency currency = Currency.getInstance(m.currencyCode());
        f.setCurrency(currency);
        f.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        f.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return f.format(m.amount());
    }

    private static String until(Content c, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale)
                        .format(c.expiresAt().atZoneSameInstant(c.zone()))
                + " (" + c.zone().getId() + ")";
    }

    private static String format(ResourceBundle texts, String key, Locale locale, Object[] args) {
        return new MessageFormat(texts.getString(key), locale).format(args);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
