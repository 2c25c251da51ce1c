package org.diplomatictimeline.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.corpus.format.DocumentFormat;
import org.diplomatictimeline.extract.EventExtractor;
import org.diplomatictimeline.model.EventModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * End-to-end extraction throughput (sentences, mentions, time expressions, document dates, events, merging) on
 * synthetic diplomatic news generated here; KB/s = corpusKilobytes / (seconds per operation).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class EventExtractorBench {

    private static final String[][] PEOPLE = {
        {"Foreign Minister", "Sergey Lavrov", "Russian"}, {"Foreign Minister", "Wang Yi", "Chinese"},
        {"President", "Emmanuel Macron", "French"}, {"Chancellor", "Olaf Scholz", "German"},
        {"Prime Minister", "Narendra Modi", "Indian"}, {"President", "Joe Biden", "US"},
        {"Prime Minister", "Fumio Kishida", "Japanese"}, {"President", "Cyril Ramaphosa", "South African"},
        {"President", "Luiz Inacio Lula da Silva", "Brazilian"}, {"Prime Minister", "Justin Trudeau", "Canadian"},
        {"President", "Recep Tayyip Erdogan", "Turkish"}, {"Prime Minister", "Anthony Albanese", "Australian"},
        {"Foreign Minister", "Annalena Baerbock", "German"}, {"Foreign Minister", "Antony Blinken", "US"},
        {"President", "Yoon Suk Yeol", "South Korean"}, {"Prime Minister", "Giorgia Meloni", "Italian"}};
    private static final String[] CITIES = {"Paris", "Berlin", "Tokyo", "Delhi", "Moscow", "Beijing", "Pretoria",
        "Geneva", "Vienna", "Sochi"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
    private static final String[] MONTHS = {"March", "April", "May", "June", "July", "September", "October"};

    /** Number of synthetic articles (about 1.5 KB each). */
    @Param({"50", "400"})
    public int articles;

    private Corpus corpus;
    private EventExtractor extractor;
    private long bytes;

    @Setup(Level.Trial)
    public void generate() {
        Random random = new Random(42);
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            String text = article(random);
            String header = String.format("2019-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28));
            String prefix = random.nextInt(4) == 0 ? "" : " date " + header + " ";
            String full = prefix + text;
            docs.add(new Document("doc" + i, "doc" + i + ".txt", "", full, prefix.isEmpty() ? null : header,
                    prefix.length(), "UTF-8", DocumentFormat.PLAIN_TEXT, List.of()));
            bytes += full.length();
        }
        corpus = new Corpus(docs, List.of());
        extractor = new EventExtractor();
        System.out.printf("%ncorpus: %d articles, %.1f KB%n", articles, bytes / 1024.0);
    }

    static String article(Random r) {
        String[] a = PEOPLE[r.nextInt(PEOPLE.length)];
        String[] b = PEOPLE[r.nextInt(PEOPLE.length)];
        String city = CITIES[r.nextInt(CITIES.length)];
        String month = MONTHS[r.nextInt(MONTHS.length)];
        int day = 1 + r.nextInt(28);
        StringBuilder s = new StringBuilder();
        s.append(a[2]).append(' ').append(a[0]).append(' ').append(a[1]).append(" will meet his ").append(b[2])
                .append(" counterpart, ").append(b[1]).append(", on ").append(month).append(' ').append(day)
                .append(" in ").append(city).append(", officials said on ").append(DAYS[r.nextInt(DAYS.length)])
                .append(".\n\n");
        s.append("The two sides will discuss trade, sanctions and the situation in Syria. The meeting will also ")
                .append("focus on climate finance, a spokeswoman added.\n\n");
        s.append("The visit coincides with the ").append(10 + r.nextInt(60)).append("th anniversary of the ")
                .append("United Nations. ").append(a[1]).append(" will then travel to ")
                .append(CITIES[r.nextInt(CITIES.length)]).append(" for the International Economic Forum.\n\n");
        s.append("In ").append(2010 + r.nextInt(9)).append(", sanctions were imposed on Iran over its nuclear ")
                .append("programme. Last year the two countries signed an agreement on energy.\n\n");
        s.append("RELATED ARTICLES\nLeaders Meet in Geneva\nShare this article\n\n");
        s.append("Analysts said the talks could reshape the region, while critics warned that the summit ")
                .append("might be postponed if the ceasefire in Syria collapses. ")
                .append("China has sent humanitarian aid to the region, and Russia has stepped up military ")
                .append("cooperation with its neighbours.\n");
        return s.toString();
    }

    @Benchmark
    public EventModel extractCorpus() {
        return extractor.extract(corpus);
    }
}
