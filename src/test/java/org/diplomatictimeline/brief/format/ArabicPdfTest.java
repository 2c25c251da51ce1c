package org.diplomatictimeline.brief.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.diplomatictimeline.brief.BriefFixtures;
import org.diplomatictimeline.brief.Chronology;
import org.diplomatictimeline.brief.ChronologyBuilder;
import org.diplomatictimeline.brief.ChronologyRequest;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Arabic in the PDF chronology: letters joined and runs laid out right to left, and read back in reading order by a
 * real PDF reader (poppler's pdftotext, a Debian package of .ci/run); a page is rendered with pdftoppm to look at.
 */
class ArabicPdfTest {

    private static final String TITLE = "زيارة وزير الخارجية إلى القاهرة";
    private static final String EXCERPT = "التقى وزير الخارجية نظيره في القاهرة يوم الاثنين.";

    private static Chronology arabic() {
        EventModel base = BriefFixtures.model();
        Event visit = BriefFixtures.event("ar1").titled(TITLE).type(EventType.VISIT).status(EventStatus.HAPPENED)
                .on(BriefFixtures.day("2021-03-08")).with(BriefFixtures.minister("Ahmed Sami"))
                .evidence(BriefFixtures.reports(EXCERPT, "d1")).build();
        EventModel m = new EventModel(base.documents(), List.of(base.events().get(0), visit));
        return new ChronologyBuilder(m, BriefFixtures.outlets(m))
                .build(new ChronologyRequest(null, null, 5, null, null), BriefFixtures.MADE);
    }

    private static boolean has(String tool) {
        try {
            return new ProcessBuilder(tool, "-v").redirectErrorStream(true).start().waitFor(20, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
    }

    @Test
    void arabicLettersAreShapedAndTheRunIsReversedForDrawing() {
        VisualLine v = VisualLine.of("• " + TITLE);

        assertThat(v.logical()).isEqualTo("• " + TITLE);
        assertThat(v.reordered()).isTrue();
        // every Arabic letter is drawn in a presentation form (U+FE70–U+FEFF), none as the bare letter
        assertThat(v.visual().codePoints().filter(cp -> cp >= 0x0621 && cp <= 0x064A).count()).isZero();
        assertThat(v.visual().codePoints().filter(cp -> cp >= 0xFE70 && cp <= 0xFEFF).count()).isPositive();
        // the line runs left to right (bullet first); its Arabic run right to left, so the title's last word
        // ("Cairo") is drawn first after the bullet
        assertThat(Normalizer.normalize(v.visual(), Normalizer.Form.NFKC))
                .isEqualTo("• " + new StringBuilder(TITLE).reverse());
    }

    @Test
    void latinLinesAreLeftAlone() {
        VisualLine v = VisualLine.of("Summit of Aland and Beland");

        assertThat(v.visual()).isEqualTo(v.logical());
        assertThat(v.reordered()).isFalse();
    }

    @Test
    void pdftotextReadsTheArabicWordsInReadingOrder() throws IOException, InterruptedException {
        assumeThat(has("pdftotext")).as("poppler-utils installed").isTrue();
        PdfChronologyWriter writer = new PdfChronologyWriter();
        Written.bytes(writer, arabic(), ".pdf", "pdf-arabic");
        Path pdf = Path.of("target", "chronology", "pdf-arabic.pdf");
        Path txt = Path.of("target", "chronology", "pdf-arabic.txt");
        assumeThat(writer.missingGlyphs()).as("an Arabic font of pdf-fonts.txt is installed").isZero();

        run("pdftotext", "-enc", "UTF-8", pdf.toString(), txt.toString());
        String extracted = Files.readString(txt, StandardCharsets.UTF_8);
        // pdftotext gives the drawn (presentation) forms, which compatibility normalisation maps to the letters,
        // and marks the right-to-left runs with embedding controls
        String text = Normalizer.normalize(extracted, Normalizer.Form.NFKC)
                .replaceAll("[\u202A-\u202E]", "");

        assertThat(text).contains(TITLE, "A visit in Aville", "“" + EXCERPT + "”",
                "Summit of Aland and Beland", "Page 1 of 1");
        if (has("pdftoppm")) {
            // for a person to look at: target/chronology/pdf-arabic-1.png
            run("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", pdf.toString(),
                    Path.of("target", "chronology", "pdf-arabic").toString());
        }
    }
}
