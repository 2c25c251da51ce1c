package org.diplomatictimeline.corpus.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.corpus.CorpusReader;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.corpus.LoadProblem;
import org.diplomatictimeline.corpus.ReadListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files built to hurt the reader: each is one file's problem, named, with the rest of the folder loaded, and none
 * costs more than its size warrants.
 */
class HostileFilesTest {

    private static final String GOOD = "Envoys met in Oslo on 3 May 2021. They agreed to meet again.\n";

    @TempDir
    Path dir;

    private Corpus readFolderWith(String name, byte[] bytes) throws IOException {
        return readFolderWith(name, bytes, new CorpusReader());
    }

    private Corpus readFolderWith(String name, byte[] bytes, CorpusReader reader) throws IOException {
        Files.writeString(dir.resolve("a-good.txt"), GOOD, StandardCharsets.UTF_8);
        Files.write(dir.resolve(name), bytes);
        Files.writeString(dir.resolve("z-good.txt"), GOOD, StandardCharsets.UTF_8);
        return reader.read(List.of(dir), ReadListener.NONE);
    }

    private static LoadProblem problemOf(Corpus corpus, String name) {
        return corpus.problems().stream().filter(p -> p.source().endsWith(name)).findFirst().orElseThrow(
                () -> new AssertionError("no problem named " + name + " in " + corpus.problems()));
    }

    private static List<String> names(Corpus corpus) {
        return corpus.documents().stream().map(d -> Path.of(d.source()).getFileName().toString()).toList();
    }

    /** A PDF whose one object is an array nested {@code depth} deep: the parser recurses once per level. */
    static byte[] pdfWithNestedArrays(int depth) {
        String nested = "[".repeat(depth) + "]".repeat(depth);
        String pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
                + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /X " + nested
                + " >>\nendobj\n4 0 obj\n<< /Length 0 >>\nstream\n\nendstream\nendobj\n"
                + "trailer\n<< /Root 1 0 R >>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aPdfThatOverflowsTheStackIsOneFilesProblemAndTheRestLoads() throws IOException {
        Corpus corpus = readFolderWith("deep.pdf", pdfWithNestedArrays(200_000));

        assertThat(names(corpus)).containsExactly("a-good.txt", "z-good.txt");
        assertThat(problemOf(corpus, "deep.pdf").message()).contains("pdf").doesNotContain("Error", "Exception");
    }

    @Test
    void aPdfClaimingMorePagesThanItHasIsReadForTheOnesItHas() throws IOException {
        String content = "BT /F1 12 Tf 60 700 Td (Ministers met in Oslo.) Tj ET";
        byte[] claiming = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 5000 >>\nendobj\n"
                + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> >>\nendobj\n"
                + "4 0 obj\n<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream\nendobj\n"
                + "5 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n"
                + "trailer\n<< /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);

        Corpus corpus = readFolderWith("claims.pdf", claiming);

        Document pdf = corpus.documents().stream().filter(d -> d.source().endsWith("claims.pdf")).findFirst()
                .orElseThrow();
        assertThat(pdf.text()).contains("Ministers met in Oslo.");
        assertThat(pdf.pageStarts()).containsExactly(0);
    }

    @Test
    void aPdfWithMorePagesThanTheLimitIsReportedAsOverTheLimit() throws IOException {
        byte[] fourPages = PdfFixture.pages(Collections.nCopies(4, List.of("Talks went on.")));
        CorpusReader reader = new CorpusReader(ReadLimits.DEFAULT.withMaxPdfPages(3));

        Corpus corpus = readFolderWith("long.pdf", fourPages, reader);

        assertThat(problemOf(corpus, "long.pdf").message()).contains("too many pages", "limit 3");
        assertThat(corpus.documents()).hasSize(2);
    }

    @Test
    void pagesOfAPdfReadInOnePassKeepTheirStarts() throws IOException {
        byte[] three = PdfFixture.pages(List.of(List.of("One."), List.of("Two."), List.of("Three.")));

        Corpus corpus = readFolderWith("three.pdf", three);

        Document pdf = corpus.documents().stream().filter(d -> d.source().endsWith("three.pdf")).findFirst()
                .orElseThrow();
        assertThat(pdf.pageStarts()).hasSize(3);
        assertThat(pdf.text().substring(pdf.pageStarts().get(1))).startsWith("Two.");
        assertThat(pdf.text().substring(pdf.pageStarts().get(2))).startsWith("Three.");
    }

    @Test
    void htmlNestedDeeperThanTheLimitIsReportedAsSuch() throws IOException {
        String deep = "<html><body><article><p>Envoys met in Oslo.</p>" + "<div>".repeat(50_000) + "x"
                + "</div>".repeat(50_000) + "</article></body></html>";

        Corpus corpus = readFolderWith("deep.html", deep.getBytes(StandardCharsets.UTF_8));

        assertThat(problemOf(corpus, "deep.html").message()).contains("nested", "limit");
        assertThat(names(corpus)).contains("a-good.txt", "z-good.txt");
    }

    @Test
    void aDocxWithAHugeEntryBeforeItsTextIsReportedAsOverTheLimit() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/media/padding.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body><w:p><w:r><w:t>Envoys met.</w:t></w:r></w:p></w:body></w:document>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        CorpusReader reader = new CorpusReader(new ReadLimits(1 << 20, 1 << 20, 1 << 16));

        Corpus corpus = readFolderWith("padded.docx", bytes.toByteArray(), reader);

        assertThat(problemOf(corpus, "padded.docx").message()).contains("word/media/padding.bin", "limit");
        assertThat(corpus.documents()).hasSize(2);
    }

    @Test
    void aTruncatedPdfThatCanBeRepairedLoadsWithAWarning() throws IOException {
        byte[] whole = PdfFixture.pages(List.of(List.of("Ministers met in Oslo."), List.of("Talks went on.")));
        String text = new String(whole, StandardCharsets.ISO_8859_1);
        byte[] cut = text.substring(0, text.lastIndexOf("startxref")).getBytes(StandardCharsets.ISO_8859_1);

        Corpus corpus = readFolderWith("cut.pdf", cut);

        assertThat(names(corpus)).contains("cut.pdf");
        LoadProblem warning = problemOf(corpus, "cut.pdf");
        assertThat(warning.message()).contains("truncated");
        assertThat(warning.fatal()).isFalse();
    }
}
