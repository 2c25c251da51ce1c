package org.diplomatictimeline.brief.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlChronologyWriterTest {

    private final Document html = Jsoup.parse(Written.text(ChronologyFormat.HTML));

    @Test
    void isSelfContainedWithNoExternalResource() {
        assertThat(html.select("script, link, img, iframe, object")).isEmpty();
        for (Element e : html.select("[src], [href]")) {
            assertThat(e.attr("href") + e.attr("src")).startsWith("#");
        }
        assertThat(html.select("style").html()).doesNotContain("@import", "url(", "@font-face");
    }

    @Test
    void drawsTheDatesAsInlineSvgAndListsEveryEvent() {
        assertThat(html.select("figure > svg circle")).hasSize(4);
        assertThat(html.select("section h2")).extracting(Element::text)
                .containsExactly("1 March 2021", "10 March 2021", "April 2021", "19 April 2021", "Undated");
        assertThat(html.select(".event")).hasSize(6);
        assertThat(html.text()).contains("Встреча министров", "部长访问");
    }

    @Test
    void everyCitationMarkLinksToItsNote() {
        for (Element a : html.select("sup a")) {
            assertThat(html.select(a.attr("href"))).as(a.attr("href")).hasSize(1);
        }
        assertThat(html.select("header p").first().text()).startsWith("Events: all events; span:");
    }
}
