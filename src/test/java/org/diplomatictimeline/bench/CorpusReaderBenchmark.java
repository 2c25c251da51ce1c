package org.diplomatictimeline.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.corpus.CorpusReader;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.corpus.DuplicateDetector;
import org.diplomatictimeline.corpus.DuplicateGroup;
import org.diplomatictimeline.corpus.ReadListener;
import org.diplomatictimeline.corpus.format.DocumentFormat;
import org.diplomatictimeline.corpus.format.PdfFormatReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long reading a corpus takes: 500 generated text articles (about 3 KB each), 200 generated HTML pages, 20
 * generated PDFs of about three pages, and
 * duplicate detection over 2,000 in-memory articles of which a tenth are edited copies.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class CorpusReaderBenchmark {

    private static final String[] SENTENCES = {
        "The foreign ministers of %s and %s met in %s on %s to discuss trade and security.",
        "Officials said the talks were constructive and that a second round would follow in %s.",
        "The delegation from %s arrived a day early and visited the port of %s.",
        "A joint statement called for closer cooperation on energy and on fisheries near %s.",
        "Neither side commented on reports of a new agreement on visas between %s and %s.",
        "The president of %s is expected to travel to %s in %s for a state visit.",
        "Analysts in %s said the meeting showed how far relations had improved since %s.",
    };
    private static final String[] PLACES = {"Oslo", "Lima", "Hanoi", "Nairobi", "Quito", "Riga", "Accra", "Baku",
        "Norway", "Peru", "Vietnam", "Kenya", "Ecuador", "Latvia", "Ghana", "Azerbaijan"};
    private static final String[] WHEN = {"Monday", "June", "the spring", "2019", "last year", "May 13"};

    private Path textFolder;
    private Path htmlFolder;
    private Path pdfFolder;
    private List<Document> documents;
    private final CorpusReader reader = new CorpusReader();
    private final DuplicateDetector detector = new DuplicateDetector();

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Random random = new Random(7);
        textFolder = Files.createTempDirectory("bench-text");
        htmlFolder = Files.createTempDirectory("bench-html");
        pdfFolder = Files.createTempDirectory("bench-pdf");
        new PdfFormatReader(); // offline fonts before PDFBox writes anything
        for (int i = 0; i < 20; i++) {
            writePdf(pdfFolder.resolve(String.format("%02d.pdf", i)), article(random, 60));
        }
        for (int i = 0; i < 500; i++) {
            Files.writeString(textFolder.resolve(String.format("%03d.txt", i)),
                    " date 2019-06-05 " + article(random, 25), StandardCharsets.UTF_8);
        }
        for (int i = 0; i < 200; i++) {
            String body = article(random, 25).replace("\n\n", "</p>\n<p>");
            Files.writeString(htmlFolder.resolve(String.format("%03d.html", i)),
                    "<html><head><title>Talks " + i + "</title><meta property=\"article:published_time\" "
                            + "content=\"2019-06-05T10:00:00Z\"><script>var x = 1;</script></head><body>"
                            + "<nav><a href=\"/\">Home</a><a href=\"/world\">World</a></nav><article><h1>Talks "
                            + i + "</h1><p>" + body + "</p></article><footer>Contact</footer></body></html>",
                    StandardCharsets.UTF_8);
        }
        documents = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            String text = i % 10 == 9
                    ? documents.get(i - 5).text().replace("talks", "negotiations") + " Updated."
                    : article(random, 25);
            documents.add(new Document("d" + i, "d" + i + ".txt", "", text, null, 0, "UTF-8",
                    DocumentFormat.PLAIN_TEXT, null));
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        for (Path folder : List.of(textFolder, htmlFolder, pdfFolder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @Benchmark
    public Corpus read500TextFiles() {
        return reader.read(List.of(textFolder), ReadListener.NONE);
    }

    @Benchmark
    public Corpus read200HtmlPages() {
        return reader.read(List.of(htmlFolder), ReadListener.NONE);
    }

    @Benchmark
    public Corpus read20Pdfs() {
        return reader.read(List.of(pdfFolder), ReadListener.NONE);
    }

    @Benchmark
    public List<DuplicateGroup> findDuplicatesIn2000Documents() {
        return detector.find(documents);
    }

    /** A PDF of about three pages, 40 lines a page, in a standard font. */
    private static void writePdf(Path file, String text) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = new org.apache.pdfbox.pdmodel.PDDocument()) {
            var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            List<String> lines = new ArrayList<>();
            for (String paragraph : text.split("\n")) {
                StringBuilder line = new StringBuilder();
                for (String word : paragraph.split(" ")) {
                    if (line.length() + word.length() > 80) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    line.append(word).append(' ');
                }
                lines.add(line.toString());
            }
            for (int start = 0; start < lines.size(); start += 40) {
                var page = new org.apache.pdfbox.pdmodel.PDPage();
                pdf.addPage(page);
                try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(pdf, page)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.newLineAtOffset(50, 740);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + 40))) {
                        content.showText(line);
                        content.newLineAtOffset(0, -16);
                    }
                    content.endText();
                }
            }
            pdf.save(file.toFile());
        }
    }

    private static String article(Random random, int sentences) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            String template = SENTENCES[random.nextInt(SENTENCES.length)];
            int holes = template.split("%s", -1).length - 1;
            Object[] args = new Object[holes];
            for (int h = 0; h < holes; h++) {
                args[h] = h == holes - 1 && template.endsWith("%s.") && random.nextBoolean()
                        ? WHEN[random.nextInt(WHEN.length)] : PLACES[random.nextInt(PLACES.length)];
            }
            text.append(String.format(template, args)).append(s % 4 == 3 ? "\n\n" : " ");
        }
        return text.toString().strip() + "\n";
    }
}
