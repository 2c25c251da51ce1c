package org.diplomatictimeline.corpus.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Saved web pages: the article's text comes out, the page's furniture does not. */
class HtmlFormatReaderTest {

    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head>
            <meta charset="utf-8">
            <title>Envoys agree on a river treaty | The Example Gazette</title>
            <meta property="og:title" content="Envoys agree on a river treaty">
            <meta property="article:published_time" content="2022-04-12T18:30:00+02:00">
            <style>body { font-family: serif; }</style>
            <script>window.tracker = function () { return "Subscribe now"; };</script>
            </head><body>
            <header class="site-header"><a href="/">The Example Gazette</a>
              <nav><ul><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
            <div class="cookie-banner">We use cookies. Accept all?</div>
            <main>
              <article>
                <h1>Envoys agree on a river treaty</h1>
                <div class="share-buttons"><a>Share on social media</a></div>
                <p>The envoys of Austria and Hungary agreed on Tuesday on a treaty about the shared river,
                   after three days of talks in Vienna.</p>
                <p>The treaty will be signed in <b>Budapest</b> next month, the foreign ministry said.<br>
                   It needs the approval of both parliaments.</p>
                <!-- advertising slot 3 -->
                <div class="related-articles"><h3>Related</h3><p><a href="/x">Floods in the valley last spring</a></p></div>
                <p>Both sides called the talks &ldquo;constructive&rdquo;.</p>
              </article>
              <section id="comments"><h2>Comments</h2><p>Reader42: This is a long and angry comment about something else entirely.</p></section>
            </main>
            <aside><p>Most read: a celebrity adopted a very large dog that nobody expected to see.</p></aside>
            <footer><p>Copyright 2022 The Example Gazette. All rights reserved. Contact the newsroom.</p></footer>
            </body></html>
            """;

    private final HtmlFormatReader reader = new HtmlFormatReader();

    @Test
    void articleTextWithoutPageFurniture() throws Exception {
        ExtractedText extracted = read(PAGE.getBytes(StandardCharsets.UTF_8));

        assertThat(extracted.text()).isEqualTo("""
                Envoys agree on a river treaty

                The envoys of Austria and Hungary agreed on Tuesday on a treaty about the shared river, after \
                three days of talks in Vienna.

                The treaty will be signed in Budapest next month, the foreign ministry said.
                It needs the approval of both parliaments.

                Both sides called the talks \u201Cconstructive\u201D.""");
        assertThat(extracted.format()).isEqualTo(DocumentFormat.HTML);
    }

    @Test
    void titleAndPublicationDateComeFromTheMetadata() throws Exception {
        ExtractedText extracted = read(PAGE.getBytes(StandardCharsets.UTF_8));

        assertThat(extracted.title()).isEqualTo("Envoys agree on a river treaty");
        assertThat(extracted.metadataDate()).isEqualTo("2022-04-12");
        assertThat(extracted.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void pageWithoutSemanticMarkupIsJudgedByItsDensestParagraphs() throws Exception {
        String page = """
                <html><head><title>Talks in Lima</title></head><body>
                <div id="top"><p><a href="/">Home</a> | <a href="/news">News</a></p></div>
                <div id="story">
                  <p>The trade ministers of Peru and Chile met in Lima on Monday to discuss port fees.</p>
                  <p>They agreed to meet again in Santiago in the autumn, officials said afterwards.</p>
                </div>
                <div id="bottom"><p>Contact us</p></div>
                <time datetime="2020-09-14">14 September 2020</time>
                </body></html>""";

        ExtractedText extracted = read(page.getBytes(StandardCharsets.UTF_8));

        assertThat(extracted.text()).isEqualTo("""
                Talks in Lima

                The trade ministers of Peru and Chile met in Lima on Monday to discuss port fees.

                They agreed to meet again in Santiago in the autumn, officials said afterwards.""");
        assertThat(extracted.title()).isEqualTo("Talks in Lima");
        assertThat(extracted.metadataDate()).isEqualTo("2020-09-14");
    }

    @Test
    void headlineInsideTheArticleHeaderIsKeptOnceAndItsTimeGivesTheDate() throws Exception {
        String page = """
                <html><head><title>Ports deal | Gazette</title></head><body>
                <header><h1 class="logo">The Gazette</h1></header>
                <article>
                  <header><h1>Ports deal signed in Gdansk</h1><time datetime="2021-07-08T08:00">8 July</time></header>
                  <p>Poland and Lithuania signed a deal on shared port services in Gdansk on Thursday morning.</p>
                </article></body></html>""";

        ExtractedText extracted = read(page.getBytes(StandardCharsets.UTF_8));

        assertThat(extracted.title()).isEqualTo("Ports deal signed in Gdansk");
        assertThat(extracted.text()).isEqualTo("""
                Ports deal signed in Gdansk

                Poland and Lithuania signed a deal on shared port services in Gdansk on Thursday morning.""");
        assertThat(extracted.metadataDate()).isEqualTo("2021-07-08");
    }

    @Test
    void windowTitleLosesItsSiteName() throws Exception {
        String page = "<html><head><title>Border talks resume – The Daily Example</title></head><body>"
                + "<div><p>Negotiators from both countries returned to the table in Tbilisi on Monday.</p>"
                + "</div></body></html>";

        assertThat(read(page.getBytes(StandardCharsets.UTF_8)).title()).isEqualTo("Border talks resume");
    }

    @Test
    void singleFileWebArchiveIsUnpacked() throws Exception {
        // An MHTML archive as a browser writes it: quoted-printable HTML with soft line breaks, then an image part.
        String mhtml = "From: <Saved by a browser>\r\nSubject: Border talks\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----=_Part_7\"\r\n\r\n"
                + "------=_Part_7\r\nContent-Type: text/html; charset=\"utf-8\"\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
                + "<html><head><title>Border talks in Z=C3=BCrich</title></head><body><nav>Menu</nav><article><p>The=\r\n"
                + " negotiators met in Z=C3=BCrich on Monday and agreed to meet again=3D soon.</p></article>"
                + "</body></html>\r\n"
                + "------=_Part_7\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + "iVBORw0KGgo=\r\n------=_Part_7--\r\n";

        ExtractedText extracted = reader.read(new SourceFile("talks.mhtml", "talks.mhtml",
                mhtml.getBytes(StandardCharsets.ISO_8859_1)), ReadLimits.DEFAULT);

        assertThat(extracted.text()).isEqualTo("Border talks in Z\u00FCrich\n\n"
                + "The negotiators met in Z\u00FCrich on Monday and agreed to meet again= soon.");
        assertThat(extracted.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void pageWithoutArticleTextIsRefused() {
        String page = "<html><head><title>Loading… | News</title><script>render()</script></head>"
                + "<body><div id=\"app\"></div><noscript>Enable JavaScript</noscript></body></html>";

        assertThatThrownBy(() -> read(page.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageStartingWith("no article text found in the page");
    }

    @Test
    void declaredLegacyCharsetIsHonoured() throws Exception {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                + "<title>Caf\u00E9 talks</title></head><body><article><p>The caf\u00E9 talks in Z\u00FCrich went on"
                + " until late \u2013 both delegations stayed.</p></article></body></html>";

        ExtractedText extracted = read(page.getBytes(Charset.forName("windows-1252")));

        assertThat(extracted.encoding()).isEqualTo("windows-1252");
        assertThat(extracted.text()).contains("caf\u00E9 talks in Z\u00FCrich went on until late \u2013 both");
        assertThat(extracted.warnings()).isEmpty();
    }

    @Test
    void jsonLdDateIsFoundWhenThereIsNoMetaTag() throws Exception {
        String page = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2018-11-30T09:00:00Z\"}</script></head><body><article>"
                + "<p>A long enough paragraph about a meeting of two delegations in Buenos Aires.</p>"
                + "</article></body></html>";

        assertThat(read(page.getBytes(StandardCharsets.UTF_8)).metadataDate()).isEqualTo("2018-11-30");
    }

    private ExtractedText read(byte[] bytes) throws DocumentReadException {
        return reader.read(new SourceFile("page.html", "page.html", bytes), ReadLimits.DEFAULT);
    }
}
