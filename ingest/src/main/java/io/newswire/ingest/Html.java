package io.newswire.ingest;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns HTML (feed items, {@code body_html}, {@code .html} files) into plain text with jsoup: an HTML5
 * parser, so every named and numeric entity is decoded and unclosed tags, comments and scripts are read
 * as a browser reads them. Blocks become paragraphs, {@code <br>} a line break; {@code <head>},
 * scripts, styles, templates and comments give no text.
 *
 * <p>Callers bound the input before it gets here (issue 12: {@code --max-bytes} for files and JSON lines,
 * 4 × {@code --max-bytes} characters for a feed item). jsoup's tokenizer and tree builder are iterative,
 * and the walk below is {@link NodeTraversor} (no recursion), so deep nesting cannot overflow the stack.
 */
final class Html {
    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("(?i)</?(p|br|div|span|a|b|i|em|strong|img|ul|li|h[1-6]|figure|table)\\b[^<>]*>|&[a-z]{2,8};|&#[0-9]+;");
    /** Elements whose end (and start) is a paragraph break in the text. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "tr", "section", "article", "figure", "figcaption", "header", "footer", "aside", "main", "ul", "ol", "table",
            "pre", "dl", "dt", "dd", "address", "hr", "nav", "form", "fieldset", "details", "summary");
    /** Elements that hold no article text. */
    private static final String DROPPED = "script, style, noscript, template, head, iframe, object, svg, math";

    private Html() {
    }

    static boolean looksLikeHtml(String s) {
        return LOOKS_LIKE_HTML.matcher(s).find();
    }

    /** Plain text of an HTML page or fragment: blocks become paragraphs, tags go, entities are decoded. */
    static String toText(String html) {
        Document doc = Jsoup.parse(html);
        doc.select(DROPPED).remove();
        StringBuilder out = new StringBuilder(Math.min(html.length(), 1 << 20));
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.getWholeText());
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("br")) {
                        out.append('\n');
                    } else if (BLOCKS.contains(tag)) {
                        out.append("\n\n");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append("\n\n");
                }
            }
        }, doc.body() == null ? doc : doc.body());
        return tidy(out);
    }

    /** No-break spaces as spaces, runs of spaces as one, at most one blank line, no space around line ends. */
    private static String tidy(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        int newlines = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                newlines++;
                space = false;
            } else if (c == ' ' || c == '\t' || c == '\u00A0' || c == '\r' || c == '\f' || c == '\u000B') {
                space = true;
            } else {
                if (newlines > 0) {
                    if (out.length() > 0) {
                        out.append(newlines >= 2 ? "\n\n" : "\n");
                    }
                } else if (space && out.length() > 0) {
                    out.append(' ');
                }
                newlines = 0;
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }
}
