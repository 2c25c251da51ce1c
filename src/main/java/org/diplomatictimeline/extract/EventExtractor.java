package org.diplomatictimeline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.extract.lang.LanguageIdentifier;
import org.diplomatictimeline.extract.mention.Mention;
import org.diplomatictimeline.extract.mention.MentionFinder;
import org.diplomatictimeline.extract.mention.MentionKind;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSource;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.DocumentInfo;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.time.NewsTemporalTagger;
import org.diplomatictimeline.time.TemporalTagger;
import org.diplomatictimeline.time.Timex;

/**
 * Turns a corpus into an event model: sentences, mentions and temporal expressions per document, the document's
 * date, event mentions, and one event per real-world event across the corpus.
 *
 * <p>Each document is analysed on its own until the merge, so that analysis runs on an injected executor (all cores
 * in the app); results are gathered in corpus order, so the model is the same as a sequential run's. Everything the
 * analysis shares (taggers, mention finder, lexicons) is immutable after construction or keeps per-call state.
 */
public final class EventExtractor {

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final BoilerplateFilter boilerplate = new BoilerplateFilter();
    private final TemporalTagger tagger;
    private final MentionFinder mentionFinder;
    private final DocumentDateInference dateInference = new DocumentDateInference();
    private final AnniversaryResolver anniversaries = AnniversaryResolver.standard();
    private final EventAssembler assembler;
    private final EventMerger merger = new EventMerger();
    private final DatelineReader datelines = new DatelineReader();
    private final YearBorrowing yearBorrowing = new YearBorrowing();
    private final LanguageIdentifier languages = LanguageIdentifier.standard();
    private final UndatedBackgroundFilter undatedBackground = new UndatedBackgroundFilter();
    private final Executor analysis;

    /** An extractor that analyses the documents one after another on the calling thread. */
    public EventExtractor() {
        this(Runnable::run);
    }

    /** An extractor that analyses the documents on {@code analysis} (a pool of worker threads in the app). */
    public EventExtractor(Executor analysis) {
        this(new NewsTemporalTagger(), new MentionFinder(), analysis);
    }

    /** An extractor with the given tagger and mention finder (tests and benchmarks share one of each). */
    public EventExtractor(TemporalTagger tagger, MentionFinder mentionFinder) {
        this(tagger, mentionFinder, Runnable::run);
    }

    /** An extractor with the given tagger and mention finder, analysing documents on {@code analysis}. */
    public EventExtractor(TemporalTagger tagger, MentionFinder mentionFinder, Executor analysis) {
        this.tagger = tagger;
        this.mentionFinder = mentionFinder;
        this.assembler = new EventAssembler(TriggerLexicon.standard(), anniversaries);
        this.analysis = java.util.Objects.requireNonNull(analysis, "analysis");
    }

    /** Extracts the events of the whole corpus. */
    public EventModel extract(Corpus corpus) {
        return extract(corpus, ExtractionProgress.NONE);
    }

    /**
     * Extracts the events of the whole corpus, reporting to {@code progress}.
     *
     * @throws CancellationException when {@code progress} was cancelled before the model was complete
     */
    public EventModel extract(Corpus corpus, ExtractionProgress progress) {
        Map<String, Analysed> analysed = analyseAll(corpus.documents(), progress);
        List<Event> events = merger.merge(mentionsOf(analysed.values()));
        // The year back-fill stage: only articles that report the same occasion lend each other a year.
        Map<String, YearBorrowing.Article> articles = new LinkedHashMap<>();
        analysed.values().forEach(a -> articles.put(a.doc.id(), new YearBorrowing.Article(a.date, a.events,
                datelines.read(a.doc.text(), a.doc.bodyStart()).filter(st -> !st.hasYear()))));
        boolean changed = false;
        for (Analysed a : List.copyOf(analysed.values())) {
            if (a.date.isKnown()) {
                continue;
            }
            Optional<DocumentDate> borrowed = yearBorrowing.borrow(a.doc.id(), events, articles);
            if (borrowed.isPresent()) {
                analysed.put(a.doc.id(), analyse(a.doc, a, borrowed.get()));
                changed = true;
            }
        }
        if (changed) {
            events = merger.merge(mentionsOf(analysed.values()));
        }
        List<DocumentInfo> documents = new ArrayList<>();
        for (Analysed a : analysed.values()) {
            documents.add(new DocumentInfo(a.doc.id(), a.doc.source(), a.doc.title(), a.date,
                    languages.identify(a.doc.text(), a.doc.bodyStart(), a.doc.text().length())));
        }
        return new EventModel(documents, undatedBackground.keep(events, documents));
    }

    /** Analyses every document on the executor; the map keeps corpus order whatever order they finish in. */
    private Map<String, Analysed> analyseAll(List<Document> documents, ExtractionProgress progress) {
        AtomicInteger done = new AtomicInteger();
        List<CompletableFuture<Analysed>> pending = new ArrayList<>(documents.size());
        for (Document doc : documents) {
            pending.add(CompletableFuture.supplyAsync(() -> {
                if (progress.isCancelled()) {
                    throw new CancellationException("extraction cancelled");
                }
                Analysed a = analyse(doc);
                progress.documentsAnalysed(done.incrementAndGet(), documents.size());
                return a;
            }, analysis));
        }
        Map<String, Analysed> analysed = new LinkedHashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            analysed.put(documents.get(i).id(), join(pending.get(i)));
        }
        if (progress.isCancelled()) {
            throw new CancellationException("extraction cancelled");
        }
        return analysed;
    }

    /** The result of one analysis, its own exception rethrown as it was (not wrapped). */
    private static Analysed join(CompletableFuture<Analysed> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** The event mentions of one document with its inferred date; used by evaluation and tests. */
    public List<EventMention> mentions(Document doc) {
        return analyse(doc).events;
    }

    /** The inferred date of one document, before any help from other documents of a corpus. */
    public DocumentDate documentDate(Document doc) {
        return analyse(doc).date;
    }

    private static List<EventMention> mentionsOf(Iterable<Analysed> analysed) {
        List<EventMention> all = new ArrayList<>();
        analysed.forEach(a -> all.addAll(a.events));
        return all;
    }

    private Analysed analyse(Document doc) {
        String text = doc.text();
        List<Sentence> sentences = boilerplate.keepArticle(text, splitter.split(text, doc.bodyStart(), text.length()));
        String language = languages.identify(text, doc.bodyStart(), text.length());
        List<Mention> mentions = keepInside(mentionFinder.find(text, doc.bodyStart(), text.length(), language),
                sentences);
        // Explicit dates do not depend on the anchor, so the first pass may already use the header's date; the
        // text is tagged a second time only when the chosen date differs from it.
        LocalDate headerAnchor = doc.headerDate() == null ? null : anchor(headerDate(doc.headerDate()));
        List<Timex> firstPass = tagger.tag(text, doc.bodyStart(), text.length(), headerAnchor);
        DocumentDate date = dateInference.infer(doc, sentences, firstPass, yearClues(text, sentences, mentions));
        Analysed first = new Analysed(doc, sentences, mentions, firstPass, headerAnchor, date, List.of());
        return analyse(doc, first, date);
    }

    private Analysed analyse(Document doc, Analysed base, DocumentDate date) {
        LocalDate anchor = anchor(date);
        List<Timex> tagged = java.util.Objects.equals(anchor, base.firstAnchor) ? base.firstPass
                : tagger.tag(doc.text(), doc.bodyStart(), doc.text().length(), anchor);
        // The dateline's own date is when the article was filed, not when its events happen.
        List<DatelineReader.Stamp> stamps = datelines.readAll(doc.text(), doc.bodyStart());
        List<Timex> timexes = stamps.isEmpty() ? tagged : tagged.stream().filter(t -> stamps.stream().allMatch(
                s -> t.end() <= s.offset() || t.start() >= s.offset() + s.text().length())).toList();
        List<EventMention> mentions = assembler.assemble(doc, base.sentences, base.found, timexes, date);
        return new Analysed(doc, base.sentences, base.found, base.firstPass, base.firstAnchor, date, mentions);
    }

    private List<YearClue> yearClues(String text, List<Sentence> sentences, List<Mention> mentions) {
        List<YearClue> clues = new ArrayList<>();
        for (Sentence s : sentences) {
            String sentence = s.text(text);
            int k = sentence.toLowerCase().indexOf("anniversary");
            if (k < 0) {
                continue;
            }
            int at = s.start() + k;
            int afterAt = at + "anniversary".length();
            Set<String> codes = new LinkedHashSet<>();
            for (Mention m : mentions) {
                if (m.start() >= afterAt && m.end() <= s.end() && m.countryCode() != null
                        && !m.countryCode().isBlank() && m.kind() != MentionKind.PERSON
                        && m.kind() != MentionKind.TOPIC) {
                    codes.add(m.countryCode().toUpperCase());
                }
            }
            AnniversaryResolver.Anniversary a = anniversaries.resolve(text.substring(s.start(), at),
                    text.substring(afterAt, s.end()), codes);
            a.year().ifPresent(y -> clues.add(new YearClue(y, "the " + a.title() + " ("
                    + a.founding().get().date().getYear() + " + " + a.ordinal() + ")")));
        }
        return clues;
    }

    private static List<Mention> keepInside(List<Mention> mentions, List<Sentence> sentences) {
        List<Mention> kept = new ArrayList<>();
        int si = 0;
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (Mention m : sorted) {
            while (si < sentences.size() && sentences.get(si).end() <= m.start()) {
                si++;
            }
            if (si < sentences.size() && sentences.get(si).contains(m.start())) {
                kept.add(m);
            }
        }
        return kept;
    }

    private static LocalDate anchor(DocumentDate date) {
        if (!date.isKnown()) {
            return null;
        }
        String v = date.value();
        return switch (date.precision()) {
            case DAY -> LocalDate.parse(v);
            case MONTH -> LocalDate.parse(v + "-15");
            default -> v.length() >= 4 && v.substring(0, 4).chars().allMatch(Character::isDigit)
                    ? LocalDate.of(Integer.parseInt(v.substring(0, 4)), 7, 1) : null;
        };
    }

    private static DocumentDate headerDate(String header) {
        return new DocumentDate(header, header.length() == 7 ? DatePrecision.MONTH : DatePrecision.DAY,
                DateSource.HEADER, 1, "", header, false);
    }

    private record Analysed(Document doc, List<Sentence> sentences, List<Mention> found, List<Timex> firstPass,
                            LocalDate firstAnchor, DocumentDate date, List<EventMention> events) {
    }
}
