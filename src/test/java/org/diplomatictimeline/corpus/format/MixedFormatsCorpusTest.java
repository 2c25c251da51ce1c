package org.diplomatictimeline.corpus.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.diplomatictimeline.corpus.ContentHash;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.corpus.CorpusReader;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.corpus.LoadProblem;
import org.diplomatictimeline.corpus.ReadListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of every supported format, and of formats we refuse, read in one go. */
class MixedFormatsCorpusTest {

    @TempDir
    Path dir;

    private Corpus corpus;
    private Map<String, Document> byId;

    @BeforeEach
    void readFolder() throws IOException {
        write("a-text.txt", " date 2020-05-06 The envoys met in Bern. They talked for hours.\n"
                .getBytes(StandardCharsets.UTF_8));
        write("b-notes.md", "# Notes From Bern\n\nThe envoys met again.\n".getBytes(StandardCharsets.UTF_8));
        write("c-page.html", HtmlFormatReaderTest.PAGE.getBytes(StandardCharsets.UTF_8));
        write("d-report.pdf", PdfFixture.pages(List.of(
                List.of("Summit Report", "The leaders met in Prague."),
                List.of("A second summit is planned."))));
        write("e-memo.docx", DocxFixture.withBody(
                DocxFixture.p("Memo on the Talks") + DocxFixture.p("The talks in Riga went well.")));
        write("f-no-extension", "Talks in Kyiv\n\nThe ministers met.\n".getBytes(StandardCharsets.UTF_8));
        write("g-legacy.doc", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
                0x1A, (byte) 0xE1, 0, 0, 0, 0});
        write("h-broken.pdf", "%PDF-1.4\nnot a pdf body\n".getBytes(StandardCharsets.US_ASCII));
        write("i-broken.docx", "PK\u0003\u0004 garbage".getBytes(StandardCharsets.ISO_8859_1));
        write("j-data.bin", new byte[] {1, 2, 0, 4, 5, 0, 0, 7, (byte) 0x88, 9, 0, 0});
        write("k-utf16.txt", utf16WithBom("Talks in Oslo\r\nThe envoys met in Oslo."));

        corpus = new CorpusReader().read(List.of(dir), ReadListener.NONE);
        byId = corpus.documents().stream().collect(Collectors.toMap(Document::id, Function.identity()));
    }

    @Test
    void everyGoodFileLoadsInNameOrder() {
        assertThat(corpus.documents()).extracting(Document::id).containsExactly(
                "a-text", "b-notes", "c-page", "d-report", "e-memo", "f-no-extension", "k-utf16");
        assertThat(corpus.documents()).extracting(Document::format).containsExactly(
                DocumentFormat.PLAIN_TEXT, DocumentFormat.MARKDOWN, DocumentFormat.HTML, DocumentFormat.PDF,
                DocumentFormat.DOCX, DocumentFormat.PLAIN_TEXT, DocumentFormat.PLAIN_TEXT);
    }

    @Test
    void everyBadFileIsNamedWithItsProblem() {
        Map<String, String> messages = corpus.problems().stream().filter(LoadProblem::fatal)
                .collect(Collectors.toMap(p -> Path.of(p.source()).getFileName().toString(), LoadProblem::message));

        assertThat(messages).containsOnlyKeys("g-legacy.doc", "h-broken.pdf", "i-broken.docx", "j-data.bin");
        assertThat(messages.get("g-legacy.doc")).contains("save it as .docx");
        assertThat(messages.get("h-broken.pdf")).contains("corrupt");
        assertThat(messages.get("i-broken.docx")).contains("corrupt Word file");
        assertThat(messages.get("j-data.bin")).isEqualTo("not a text document (binary content)");
    }

    @Test
    void titlesDatesAndPagesFollowEachFormat() {
        assertThat(byId.get("a-text").headerDate()).isEqualTo("2020-05-06");
        assertThat(byId.get("a-text").title()).isEqualTo("The envoys met in Bern");
        assertThat(byId.get("b-notes").title()).isEqualTo("Notes From Bern");
        assertThat(byId.get("c-page").title()).isEqualTo("Envoys agree on a river treaty");
        assertThat(byId.get("c-page").headerDate()).isEqualTo("2022-04-12");
        assertThat(byId.get("c-page").bodyStart()).isZero();
        Document pdf = byId.get("d-report");
        assertThat(pdf.title()).isEqualTo("Summit Report");
        assertThat(pdf.pageStarts()).hasSize(2);
        assertThat(pdf.pageAt(pdf.text().indexOf("second summit"))).isEqualTo(2);
        assertThat(pdf.pageAt(pdf.text().indexOf("Prague"))).isEqualTo(1);
        assertThat(byId.get("e-memo").title()).isEqualTo("Memo on the Talks");
        assertThat(byId.get("k-utf16").text()).isEqualTo("Talks in Oslo\r\nThe envoys met in Oslo.");
        assertThat(byId.get("k-utf16").encoding()).isEqualTo("UTF-16LE");
    }

    @Test
    void contentHashesDifferPerFileAndMatchTheBytes() throws IOException {
        assertThat(byId.get("d-report").contentHash())
                .isEqualTo(ContentHash.of(Files.readAllBytes(dir.resolve("d-report.pdf"))));
        assertThat(corpus.documents()).extracting(Document::contentHash).doesNotHaveDuplicates();
    }

    private static byte[] utf16WithBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        return bytes;
    }

    private void write(String name, byte[] bytes) throws IOException {
        Files.write(dir.resolve(name), bytes);
    }
}
