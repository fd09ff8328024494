package io.newswire.ingest;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the small HTML fragments found in feed items and {@code body_html} into plain text. */
final class Html {
    // Every pattern here is linear: no lazy or unbounded scan that could restart at each of many '<' of an
    // unclosed construct (a body of 200,000 "<!--" made the earlier patterns quadratic: minutes per article).
    private static final Pattern DROP_OPEN = Pattern.compile("(?i)<(script|style|head)\\b|<!--");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern BLOCK_END = Pattern.compile("(?i)</(p|div|li|h[1-6]|blockquote|tr|section|article|figure|figcaption)\\s*>|<(p|div|h[1-6]|li)\\b[^<>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,8});");
    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("(?i)</?(p|br|div|span|a|b|i|em|strong|img|ul|li|h[1-6]|figure|table)\\b[^<>]*>|&[a-z]{2,8};|&#[0-9]+;");
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
        String s = dropScriptsAndComments(html);
        s = BREAK.matcher(s).replaceAll("\n");
        s = BLOCK_END.matcher(s).replaceAll("\n\n");
        s = stripTags(s);
        s = decodeEntities(s);
        s = s.replace('\u00A0', ' ').replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" *\\n *", "\n")
                .replaceAll("\\n{3,}", "\n\n");
        return s.strip();
    }

    /**
     * Replaces each {@code <script>..</script>}, {@code <style>..</style>}, {@code <head>..</head>} and
     * {@code <!-- .. -->} by a space, in one pass. An opening without its closing is left as it is (and so
     * is every later opening of that kind, which has no closing either).
     */
    static String dropScriptsAndComments(String html) {
        Matcher open = DROP_OPEN.matcher(html);
        StringBuilder out = null;
        int copied = 0;
        int from = 0;
        java.util.Set<String> unclosed = new java.util.HashSet<>();
        while (from < html.length() && open.find(from)) {
            String kind = open.group(1) == null ? "--" : open.group(1).toLowerCase(java.util.Locale.ROOT);
            if (unclosed.contains(kind)) {
                from = open.start() + 1;
                continue;
            }
            int end;
            if (kind.equals("--")) {
                int close = html.indexOf("-->", open.end());
                end = close < 0 ? -1 : close + 3;
            } else {
                Matcher close = Pattern.compile("(?i)</" + kind + "\\s*>").matcher(html);
                end = close.find(open.end()) ? close.end() : -1;
            }
            if (end < 0) {
                unclosed.add(kind);
                from = open.start() + 1;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(html.length());
            }
            out.append(html, copied, open.start()).append(' ');
            copied = end;
            from = end;
        }
        return out == null ? html : out.append(html, copied, html.length()).toString();
    }

    /** Removes every {@code <...>}; a '<' with no '>' after it stays (as with the pattern {@code <[^>]*>}). */
    static String stripTags(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int lt = s.indexOf('<', i);
            int gt = lt < 0 ? -1 : s.indexOf('>', lt + 1);
            if (gt < 0) {
                out.append(s, i, s.length());
                break;
            }
            out.append(s, i, lt);
            i = gt + 1;
        }
        return out.toString();
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
