package org.diplomatictimeline.brief.format;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** The output formats of a chronology, with the word that names each on the command line and its file suffix. */
public enum ChronologyFormat {
    MD("md", ".md", "Markdown", MarkdownChronologyWriter::new),
    HTML("html", ".html", "HTML (one self-contained file)", HtmlChronologyWriter::new),
    PDF("pdf", ".pdf", "PDF", PdfChronologyWriter::new),
    CSV("csv", ".csv", "CSV (UTF-8, for spreadsheets)", CsvChronologyWriter::new),
    ICS("ics", ".ics", "iCalendar", IcsChronologyWriter::new),
    TIMELINEJS("timelinejs", ".json", "TimelineJS 3 JSON", TimelineJsChronologyWriter::new),
    JSON("json", ".json", "JSON", JsonChronologyWriter::new);

    private final String word;
    private final String suffix;
    private final String label;
    private final Supplier<ChronologyWriter> writer;

    ChronologyFormat(String word, String suffix, String label, Supplier<ChronologyWriter> writer) {
        this.word = word;
        this.suffix = suffix;
        this.label = label;
        this.writer = writer;
    }

    public String word() {
        return word;
    }

    public String suffix() {
        return suffix;
    }

    public String label() {
        return label;
    }

    public ChronologyWriter writer() {
        return writer.get();
    }

    /** True for formats read as text on a terminal; PDF is binary. */
    public boolean isText() {
        return this != PDF;
    }

    public static Optional<ChronologyFormat> byWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.word.equals(w) || w.equals("markdown") && f == MD).findFirst();
    }
}
