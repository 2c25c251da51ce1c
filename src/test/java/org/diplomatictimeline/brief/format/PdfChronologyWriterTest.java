package org.diplomatictimeline.brief.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.diplomatictimeline.brief.BriefFixtures;
import org.diplomatictimeline.brief.Chronology;
import org.diplomatictimeline.brief.ChronologyBuilder;
import org.diplomatictimeline.brief.ChronologyRequest;
import org.diplomatictimeline.brief.Outlets;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;

/** The PDF read back with PDFBox's text extraction, as a reader's copy-and-paste would see it. */
class PdfChronologyWriterTest {

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void textReadsBackWithLatinAndCyrillicAndPageNumbers() throws IOException {
        String text = text(Written.bytes(ChronologyFormat.PDF));

        assertThat(text).contains("Chronology, 2021-03-01 to 2021-04-30", "1 March 2021", "Summit of Aland and Beland",
                "Встреча министров", "Undated", "Agreement signed somewhere", "Page 1 of 1");
        assertThat(text).contains("alpha-news.example, 2021-03-02: “The two presidents met in Aville on Monday.”");
    }

    @Test
    void chineseRendersWhenTheMachineHasACjkFont() throws IOException {
        PdfChronologyWriter writer = new PdfChronologyWriter();
        String text = text(Written.bytes(writer, BriefFixtures.chronology(), ".pdf", "pdf-cjk"));

        assumeThat(writer.missingGlyphs()).as("a CJK font of pdf-fonts.txt is installed").isZero();
        assertThat(text).contains("部长访问");
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        try (PDDocument doc = Loader.loadPDF(Written.bytes(ChronologyFormat.PDF))) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
    }

    @Test
    void longChronologiesBreakIntoNumberedPagesWithFootnotesOnTheirPage() throws IOException {
        EventModel base = BriefFixtures.model();
        List<Event> many = new ArrayList<>();
        for (int i = 1; i <= 28; i++) {
            many.add(BriefFixtures.event("m" + i).titled("Meeting number " + i)
                    .type(EventType.MEETING).status(EventStatus.HAPPENED)
                    .on(BriefFixtures.day(LocalDate.of(2021, 2, i).toString()))
                    .with(List.of(BriefFixtures.head("Ana Alpha")))
                    .evidence(BriefFixtures.reports("They met again, as they do, for meeting " + i + ".", "d1", "d3"))
                    .build());
        }
        EventModel model = new EventModel(base.documents(), many);
        Chronology c = new ChronologyBuilder(model, Outlets.of(model.documents(), id -> null))
                .build(new ChronologyRequest(null, null, 28, null, null), BriefFixtures.MADE);
        byte[] pdf = Written.bytes(new PdfChronologyWriter(), c, ".pdf", "pdf-long");

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = stripper.getText(doc);
                assertThat(page).contains("Page " + p + " of " + pages);
                // Each meeting on this page has its two notes on the same page.
                for (int i = 1; i <= 28; i++) {
                    if (page.contains("Meeting number " + i + " ")) {
                        assertThat(page).contains("for meeting " + i + ".”");
                    }
                }
            }
        }
    }

}
