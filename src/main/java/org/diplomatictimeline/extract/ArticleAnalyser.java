package org.diplomatictimeline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.extract.docdate.AsciiDigits;
import org.diplomatictimeline.extract.lang.LanguageIdentifier;
import org.diplomatictimeline.extract.mention.Mention;
import org.diplomatictimeline.extract.mention.MentionFinder;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSource;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.time.NewsTemporalTagger;
import org.diplomatictimeline.time.TemporalTagger;
import org.diplomatictimeline.time.Timex;

/**
 * Analyses one article on its own: sentences, language, mentions, temporal expressions, the article's date and its
 * event mentions. Everything it holds (taggers, gazetteers, lexicons) is built once and thread-safe, and it is the
 * expensive part of an {@link EventExtractor} to build, so an extractor whose articles all come from a cache never
 * builds one.
 */
final class ArticleAnalyser {

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final BoilerplateFilter boilerplate = new BoilerplateFilter();
    private final TemporalTagger tagger;
    private final MentionFinder mentionFinder;
    private final DocumentDateInference dateInference = new DocumentDateInference();
    private final OfficeTerms officeTerms = OfficeTerms.standard();
    private final AnniversaryResolver anniversaries = AnniversaryResolver.standard();
    private final EventAssembler assembler;
    private final AnniversaryYears anniversaryYears;
    private final DatelineReader datelines = new DatelineReader();
    private final LanguageIdentifier languages = LanguageIdentifier.standard();

    ArticleAnalyser() {
        this(new NewsTemporalTagger(), new MentionFinder());
    }

    ArticleAnalyser(TemporalTagger tagger, MentionFinder mentionFinder) {
        this.tagger = Objects.requireNonNull(tagger, "tagger");
        this.mentionFinder = Objects.requireNonNull(mentionFinder, "mentionFinder");
        TriggerLexicon lexicon = TriggerLexicon.standard();
        this.assembler = new EventAssembler(lexicon, anniversaries);
        this.anniversaryYears = new AnniversaryYears(lexicon);
    }

    /** The article analysed on its own, with the date inferred from it alone. */
    ArticleAnalysis analyse(Document doc) {
        Basis basis = basis(doc);
        return analyse(doc, basis, basis.date);
    }

    /** What the analysis of the article rests on, up to its date. */
    Basis basis(Document doc) {
        return basis(doc, () -> false);
    }

    /** What the analysis rests on, asking {@code cancelled} between stages: Cancel stops a huge article. */
    Basis basis(Document doc, BooleanSupplier cancelled) {
        String text = doc.text();
        List<Sentence> sentences = boilerplate.keepArticle(text, splitter.split(text, doc.bodyStart(), text.length()));
        stopIf(cancelled);
        String language = languages.identify(text, doc.bodyStart(), text.length());
        List<Mention> mentions = keepInside(mentionFinder.find(text, doc.bodyStart(), text.length(), language),
                sentences);
        // Explicit dates do not depend on the anchor, so the first pass may already use the header's date; the
        // text is tagged a second time only when the chosen date differs from it.
        LocalDate headerAnchor = doc.headerDate() == null ? null : anchor(headerDate(doc.headerDate()));
        stopIf(cancelled);
        List<Timex> firstPass = tagger.tag(text, doc.bodyStart(), text.length(), headerAnchor);
        stopIf(cancelled);
        // The date readers see digits of other scripts as ASCII ones ("١٤ مارس ٢٠٢٢"); offsets are unchanged.
        List<DatelineReader.Stamp> stamps = datelines.readAll(AsciiDigits.fold(text), doc.bodyStart());
        DocumentDate date = dateInference.infer(doc, sentences, firstPass, yearClues(text, sentences, mentions),
                stamps, officeTerms.span(mentions));
        return new Basis(language, sentences, mentions, firstPass, headerAnchor, date, stamps);
    }

    /** The article's event mentions, its date taken as {@code date} (its own, or one borrowed). */
    ArticleAnalysis analyse(Document doc, Basis base, DocumentDate date) {
        return analyse(doc, base, date, () -> false);
    }

    /** The article's event mentions, asking {@code cancelled} between stages and sentences. */
    ArticleAnalysis analyse(Document doc, Basis base, DocumentDate date, BooleanSupplier cancelled) {
        LocalDate anchor = anchor(date);
        List<Timex> tagged = Objects.equals(anchor, base.firstAnchor) ? base.firstPass
                : tagger.tag(doc.text(), doc.bodyStart(), doc.text().length(), anchor);
        // The dateline's own date is when the article was filed, not when its events happen.
        List<DatelineReader.Stamp> stamps = base.stamps;
        List<Timex> timexes = stamps.isEmpty() ? tagged : tagged.stream().filter(t -> stamps.stream().allMatch(
                s -> t.end() <= s.offset() || t.start() >= s.offset() + s.text().length())).toList();
        List<EventMention> mentions = assembler.assemble(doc, base.sentences, base.found, timexes, date, base.language,
                cancelled);
        // The first stamp is what DatelineReader.read gives.
        Optional<DatelineReader.Stamp> first = stamps.isEmpty() ? Optional.empty() : Optional.of(stamps.get(0));
        return new ArticleAnalysis(date, base.language, first.filter(st -> !st.hasYear()), mentions);
    }

    private static void stopIf(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("extraction cancelled");
        }
    }

    private List<YearClue> yearClues(String text, List<Sentence> sentences, List<Mention> mentions) {
        // a numbered session names the occasion the text reports: its year comes first
        List<YearClue> clues = new ArrayList<>(SeriesYears.standard().clues(text, sentences));
        // "the 70th anniversary of China–Russia diplomatic relations" from the founding table; then "il terzo
        // anniversario dell'accordo firmato nel 2011", counted from the year it writes
        clues.addAll(anniversaryYears.clues(text, sentences, mentions, anniversaries));
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

    /** What one article's analysis rests on: kept only while year borrowing may still need it. */
    record Basis(String language, List<Sentence> sentences, List<Mention> found, List<Timex> firstPass,
                         LocalDate firstAnchor, DocumentDate date, List<DatelineReader.Stamp> stamps) {
    }

}
