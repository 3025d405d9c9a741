package dev.vpos.it;

import java.util.List;

/**
 * WCAG 2.2 AA basics measured in the browser on what the page shows now: every visible form control has an accessible
 * name (its label, aria-label or aria-labelledby; a button or link its text), and every visible text has the contrast
 * AA asks for against the background it is drawn on (4.5:1, or 3:1 for large text: 24 px, or 18.66 px bold). Disabled
 * controls are exempt, as WCAG has them. What fails is answered, described, so that the assertion names it.
 */
final class Wcag {

    private Wcag() {}

    private static final String VISIBLE = "function visible(e) {"
            + " var r = e.getBoundingClientRect(); var s = getComputedStyle(e);"
            + " return r.width > 1 && r.height > 1 && r.right > 0 && r.bottom > 0 && s.visibility !== 'hidden'"
            + " && s.display !== 'none'; }";

    /** The visible controls that have no accessible name, e.g. {@code input#cardNumber}. */
    @SuppressWarnings("unchecked")
    static List<String> namelessControls(Browser browser) {
        return (List<String>) browser.script(VISIBLE
                + " function text(n) { return (n && n.textContent || '').trim(); }"
                + " function named(e) {"
                + "   if ((e.getAttribute('aria-label') || '').trim()) { return true; }"
                + "   var by = e.getAttribute('aria-labelledby');"
                + "   if (by && by.split(/\\s+/).some(function (id) { return text(document.getElementById(id)); })) {"
                + "     return true; }"
                + "   if (e.tagName === 'BUTTON' || e.tagName === 'A') { return !!text(e); }"
                + "   if (e.labels && Array.prototype.some.call(e.labels, function (l) { return text(l); })) {"
                + "     return true; }"
                + "   return false; }"
                + " var out = [];"
                + " document.querySelectorAll('input:not([type=hidden]), select, textarea, button, a[href]')"
                + "   .forEach(function (e) { if (visible(e) && !named(e)) {"
                + "     out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.name ? '[' + e.name + ']' : ''));"
                + "   } });"
                + " return out;");
    }

    /** The visible texts whose contrast is below AA, each with its ratio, colours and words. */
    @SuppressWarnings("unchecked")
    static List<String> lowContrast(Browser browser) {
        return (List<String>) browser.script(VISIBLE
                + " function rgba(c) { var m = c.match(/[\\d.]+/g) || [0, 0, 0, 0];"
                + "   return [Number(m[0]), Number(m[1]), Number(m[2]), m.length > 3 ? Number(m[3]) : 1]; }"
                + " function lum(c) { return [0, 1, 2].map(function (i) { var v = c[i] / 255;"
                + "   return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })"
                + "   .reduce(function (s, v, i) { return s + v * [0.2126, 0.7152, 0.0722][i]; }, 0); }"
                + " function over(top, under) { var a = top[3];"
                + "   return [0, 1, 2].map(function (i) { return top[i] * a + under[i] * (1 - a); }).concat([1]); }"
                + " function background(e) { var layers = [];"
                + "   for (var n = e; n && n.nodeType === 1; n = n.parentElement) {"
                + "     var b = rgba(getComputedStyle(n).backgroundColor); if (b[3] > 0) { layers.push(b); }"
                + "     if (b[3] >= 1) { break; } }"
                + "   var c = [255, 255, 255, 1];"
                + "   for (var i = layers.length - 1; i >= 0; i--) { c = over(layers[i], c); }"
                + "   return c; }"
                + " var out = [];"
                + " document.querySelectorAll('body *').forEach(function (e) {"
                + "   var own = Array.prototype.some.call(e.childNodes, function (n) {"
                + "     return n.nodeType === 3 && n.textContent.trim(); });"
                + "   if (!own || !visible(e) || e.disabled || e.closest('[disabled]')) { return; }"
                + "   var s = getComputedStyle(e); var bg = background(e); var fg = over(rgba(s.color), bg);"
                + "   var l1 = lum(fg), l2 = lum(bg);"
                + "   var ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);"
                + "   var size = parseFloat(s.fontSize); var bold = Number(s.fontWeight) >= 700;"
                + "   var need = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;"
                + "   if (ratio < need) { out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' '"
                + "     + ratio.toFixed(2) + ':1 (' + s.color + ' on rgb(' + bg.slice(0, 3).join(', ') + ')) \"'"
                + "     + e.textContent.trim().slice(0, 40) + '\"'); } });"
                + " return out;");
    }
}
