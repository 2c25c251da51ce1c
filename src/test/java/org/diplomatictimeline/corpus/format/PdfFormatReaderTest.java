package org.diplomatictimeline.corpus.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PDFs: text page by page with page offsets; encrypted and corrupt files are refused clearly. */
class PdfFormatReaderTest {

    private final PdfFormatReader reader = new PdfFormatReader();

    @Test
    void textOfEachPageWithWherePagesStart() throws Exception {
        byte[] pdf = PdfFixture.pages(List.of(
                List.of("Ministers Meet in Helsinki", "The ministers met on Friday."),
                List.of("They will meet again in June.")));

        ExtractedText extracted = read(pdf);

        assertThat(extracted.text()).isEqualTo(
                "Ministers Meet in Helsinki\nThe ministers met on Friday.\n\nThey will meet again in June.");
        assertThat(extracted.pageStarts()).containsExactly(0, extracted.text().indexOf("They will"));
        assertThat(extracted.warnings()).isEmpty();
    }

    @Test
    void readingPdfsNeverScansOrCachesSystemFonts() throws Exception {
        // The mapper is installed by the first read, not by making the reader (that is on the window's start path).
        read(PdfFixture.pages(List.of(List.of("The envoys met."))));

        assertThat(org.apache.pdfbox.pdmodel.font.FontMappers.instance()).isInstanceOf(OfflineFontMapper.class);
    }

    @Test
    void passwordProtectedPdfIsRefused() throws Exception {
        byte[] pdf = PdfFixture.withPassword(List.of(List.of("Secret talks")), "s3cret");

        assertThatThrownBy(() -> read(pdf))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageContaining("encrypted PDF that needs a password");
    }

    @Test
    void garbageAfterAPdfHeaderIsACorruptPdf() {
        byte[] bytes = "%PDF-1.7\nthis is not really a PDF at all\n".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> read(bytes))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageContaining("corrupt");
    }

    @Test
    void truncatedPdfIsRefusedOrReadWithoutCrashing() throws Exception {
        byte[] whole = PdfFixture.pages(List.of(List.of("The delegations met in Tallinn on Monday.")));
        byte[] half = Arrays.copyOf(whole, whole.length / 2);

        // PDFBox may recover a truncated file; either way a clear outcome, never an unchecked exception.
        try {
            assertThat(read(half).text()).isNotNull();
        } catch (DocumentReadException e) {
            assertThat(e.getMessage()).contains("PDF");
        }
    }

    private ExtractedText read(byte[] bytes) throws DocumentReadException {
        return reader.read(new SourceFile("a.pdf", "a.pdf", bytes), ReadLimits.DEFAULT);
    }
}
