package io.newswire.ingest;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the small HTML fragments found in feed items and {@code body_html} into plain text. */
final class Html {
    private static final Pattern DROP = Pattern.compile("(?is)<(script|style|head)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern BLOCK_END = Pattern.compile("(?i)</(p|div|li|h[1-6]|blockquote|tr|section|article|figure|figcaption)\\s*>|<(p|div|h[1-6]|li)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,8});");
    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("(?i)</?(p|br|div|span|a|b|i|em|strong|img|ul|li|h[1-6]|figure|table)\\b[^>]*>|&[a-z]{2,8};|&#[0-9]+;");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
            Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"),
            Map.entry("hellip", "…"), Map.entry("laquo", "«"), Map.entry("raquo", "»"), Map.entry("copy", "©"),
            Map.entry("reg", "®"), Map.entry("middot", "·"), Map.entry("bull", "•"), Map.entry("eacute", "é"),
            Map.entry("egrave", "è"), Map.entry("aacute", "á"), Map.entry("oacute", "ó"), Map.entry("uacute", "ú"),
            Map.entry("iacute", "í"), Map.entry("ntilde", "ñ"), Map.entry("ccedil", "ç"), Map.entry("uuml", "ü"),
            Map.entry("ouml", "ö"), Map.entry("auml", "ä"), Map.entry("szlig", "ß"));

    private Html() {
    }

    static boolean looksLikeHtml(String s) {
        return LOOKS_LIKE_HTML.matcher(s).find();
    }

    /** Plain text of an HTML fragment: blocks become paragraphs, tags go, entities are decoded. */
    static String toText(String html) {
        String s = DROP.matcher(html).replaceAll(" ");
        s = BREAK.matcher(s).replaceAll("\n");
        s = BLOCK_END.matcher(s).replaceAll("\n\n");
        s = TAG.matcher(s).replaceAll("");
        s = decodeEntities(s);
        s = s.replace('\u00A0', ' ').replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" *\\n *", "\n")
                .replaceAll("\\n{3,}", "\n\n");
        return s.strip();
    }

    static String decodeEntities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            String e = m.group(1);
            String rep;
            if (e.charAt(0) == '#') {
                int cp;
                try {
                    cp = e.length() > 1 && (e.charAt(1) == 'x' || e.charAt(1) == 'X')
                            ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1));
                } catch (NumberFormatException ex) {
                    cp = -1;
                }
                rep = Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : m.group();
            } else {
                rep = NAMED.getOrDefault(e, m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(rep));
        }
        m.appendTail(out);
        return out.toString();
    }
}
