package org.diplomatictimeline.corpus.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Word files: paragraphs become lines, as Word shows them; corrupt files are refused clearly. */
class DocxFormatReaderTest {

    private final DocxFormatReader reader = new DocxFormatReader();

    @Test
    void paragraphsBecomeLinesAndRunsJoin() throws Exception {
        byte[] docx = DocxFixture.withBody(
                "<w:p><w:pPr><w:pStyle w:val=\"Title\"/><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs>"
                        + "</w:pPr><w:r><w:t>Ministers Meet in Vienna</w:t></w:r></w:p>"
                        + DocxFixture.p("The ministers ", "met on Tuesday.")
                        + "<w:p><w:r><w:t>Agenda:</w:t><w:tab/><w:t>trade</w:t><w:br/><w:t>and energy</w:t></w:r>"
                        + "<w:del><w:r><w:delText>and a deleted topic</w:delText></w:r></w:del>"
                        + "<w:r><w:fldChar w:fldCharType=\"begin\"/><w:instrText>PAGE</w:instrText></w:r></w:p>"
                        + DocxFixture.p("Co", "<![CDATA[-]]>", "operation &amp; trust"));

        ExtractedText extracted = read(docx);

        assertThat(extracted.text()).isEqualTo("Ministers Meet in Vienna\nThe ministers met on Tuesday.\n"
                + "Agenda:\ttrade\nand energy\nCo-operation & trust");
        assertThat(extracted.format()).isEqualTo(DocumentFormat.DOCX);
    }

    @Test
    void corruptZipIsRefused() {
        byte[] bytes = "PK\u0003\u0004 definitely not a zip archive".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> read(bytes))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageContaining("corrupt Word file");
    }

    @Test
    void truncatedDocxIsRefused() throws Exception {
        byte[] whole = DocxFixture.withBody(DocxFixture.p("The talks in Riga went well."));
        byte[] truncated = Arrays.copyOf(whole, whole.length - 30);

        assertThatThrownBy(() -> read(truncated)).hasMessageContaining("truncated");
    }

    @Test
    void zipWithoutWordBodyIsRefused() throws Exception {
        byte[] notWord = Base64.getDecoder().decode(
                "UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA=="); // an empty ZIP archive

        assertThatThrownBy(() -> read(notWord))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageContaining("no word/document.xml");
    }

    @Test
    void brokenXmlIsRefused() throws Exception {
        byte[] docx = DocxFixture.withBody("<w:p><w:r><w:t>Unclosed");

        assertThatThrownBy(() -> read(docx)).hasMessageContaining("not valid XML");
    }

    @Test
    void hugelyInflatingBodyIsRefusedWithoutReadingItAll() throws Exception {
        byte[] docx = DocxFixture.withBody(DocxFixture.p("x".repeat(20_000)));
        ReadLimits tiny = new ReadLimits(1024, 1024 * 1024, 100);

        assertThatThrownBy(() -> reader.read(new SourceFile("big.docx", "big.docx", docx), tiny))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageMatching(".*(inflates past|too much text).*");
    }

    private ExtractedText read(byte[] bytes) throws DocumentReadException {
        return reader.read(new SourceFile("a.docx", "a.docx", bytes), ReadLimits.DEFAULT);
    }
}
