package io.newswire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** HTML to text through jsoup: every HTML5 entity, no script, style or head text, paragraphs kept. */
class HtmlTest {
    @Test
    void namedEntitiesBeyondTheOld31AreDecoded() {
        // The hand-written table knew 31 names; these were left raw ("&scaron;", "&euro;", ...).
        assertEquals("Šefčovič met Łukasz Gajdoš in Brno; €5m, 10 km², ½ − ¼ = ¼, “quoted” ‹x› † ™ ε Ω",
                Html.toText("&Scaron;ef&ccaron;ovi&ccaron; met &Lstrok;ukasz Gajdo&scaron; in Brno; &euro;5m, 10 km&sup2;,"
                        + " &frac12; &minus; &frac14; = &frac14;, &ldquo;quoted&rdquo; &lsaquo;x&rsaquo; &dagger; &trade;"
                        + " &epsilon; &Omega;"));
    }

    @Test
    void numericEntitiesAndAmpersandsThatAreNotEntities() {
        assertEquals("Lavrov’s talks — AT&T, R&D & more; “x”",
                Html.toText("Lavrov&#8217;s talks &#x2014; AT&T, R&D &amp; more; &#x201C;x&#8221;"));
    }

    @Test
    void scriptsStylesHeadAndCommentsGiveNoText() {
        String html = "<html><head><title>Page title</title><style>p { color: red }</style>"
                + "<script>var tracking = 'head';</script></head><body>"
                + "<script type=\"text/javascript\">if (a < b && c > d) { document.write('<p>fake</p>'); }</script>"
                + "<p>GENEVA (AP) — Ministers met.</p><!-- <p>commented out</p> -->"
                + "<style>.x{}</style><noscript>Enable JavaScript</noscript><template><p>tpl</p></template>"
                + "<p>They discussed trade.</p></body></html>";
        assertEquals("GENEVA (AP) — Ministers met.\n\nThey discussed trade.", Html.toText(html));
    }

    @Test
    void blocksBecomeParagraphsAndBreaksLines() {
        assertEquals("Headline\n\nFirst line\nsecond line\n\nItem one\n\nItem two",
                Html.toText("<h2>Headline</h2><div>First line<br>second line</div><ul><li>Item one</li><li>Item two</li></ul>"));
        assertEquals("a b", Html.toText("a&nbsp;&nbsp; <b>b</b>"));
    }

    @Test
    void unclosedScriptSwallowsOnlyWhatFollowsIt() {
        assertEquals("Kept.", Html.toText("<p>Kept.</p><script>var x = 1; <p>not text</p>"));
    }
}
