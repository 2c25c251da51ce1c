package org.diplomatictimeline.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.extract.docdate.AsciiDigits;
import org.diplomatictimeline.extract.docdate.BracketDays;
import org.diplomatictimeline.extract.docdate.DateCandidate;
import org.diplomatictimeline.extract.docdate.DateWords;
import org.diplomatictimeline.extract.docdate.DocumentDateChooser;
import org.diplomatictimeline.extract.docdate.OfficeSpan;
import org.diplomatictimeline.extract.docdate.OfficeYearDating;
import org.diplomatictimeline.extract.docdate.PageFurniture;
import org.diplomatictimeline.extract.docdate.PartialDate;
import org.diplomatictimeline.extract.docdate.WeekdayCheck;
import org.diplomatictimeline.extract.docdate.WeekdayNumbers;
import org.diplomatictimeline.extract.docdate.WeekdayYear;
import org.diplomatictimeline.extract.docdate.WrittenDates;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSource;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.time.Timex;

/**
 * Chooses the date a document was written: header line, dateline or byline, explicit dates in its text, relative
 * cues ("said on Thursday" before "will meet on May 13"), and anniversaries; the evidence wins over a header that
 * contradicts it, and both are kept. The steps are classes of their own: {@link SignalCandidates} gathers the
 * publication signals, {@link HeaderLineCheck} reads and checks the header line, {@link TextDating} dates a document
 * from its text alone, all on the dates {@link TensedDates} sorts by tense.
 */
public final class DocumentDateInference {

    private final DatelineReader datelines = new DatelineReader();
    private final DateWords words = DateWords.standard();
    private final DocumentDateChooser chooser = new DocumentDateChooser();
    private final WrittenDates writtenDates = new WrittenDates(words);
    private final WeekdayNumbers weekdayNumbers = new WeekdayNumbers(words);
    private final PageFurniture furniture = new PageFurniture(words);
    private final TensedDates tensed = new TensedDates(words);
    private final HeaderLineCheck headerLine = new HeaderLineCheck(writtenDates);
    private final BracketDays bracketDays = new BracketDays(words);
    private final SignalCandidates signalCandidates = new SignalCandidates(words);
    private final TextDating textDating = new TextDating(tensed, writtenDates);

    /**
     * Infers the document's date.
     *
     * @param unanchored the document's temporal expressions tagged without an anchor (so only explicit ones are full)
     * @param yearClues  years the text implies, e.g. from anniversaries
     */
    public DocumentDate infer(Document doc, List<Sentence> sentences, List<Timex> unanchored, List<YearClue> yearClues) {
        return infer(doc, sentences, unanchored, yearClues,
                datelines.readAll(AsciiDigits.fold(doc.text()), doc.bodyStart()), Optional.empty());
    }

    /**
     * Infers the document's date from the datelines and bylines already read at its top ({@link
     * DatelineReader#readAll}), which the analysis also needs, so they are read once; {@code office} holds the years
     * the office holders the text names put it in ({@link OfficeTerms}).
     */
    DocumentDate infer(Document doc, List<Sentence> sentences, List<Timex> unanchored, List<YearClue> yearClues,
                       List<DatelineReader.Stamp> stamps, Optional<OfficeSpan> office) {
        // The readers' patterns know ASCII digits; a page may stamp its date in Arabic-Indic ones ("١٤ مارس ٢٠٢٢").
        Document dated = withAsciiDigits(doc);
        String text = dated.text();
        // A copyright year, a cookie notice's "last updated 1 January 2024" or a teaser's date says nothing of the
        // article: neither its full dates nor the years it names count.
        PageFurniture.Lines furnitureLines = furniture.lines(text, dated.bodyStart());
        List<Timex> unanchoredInArticle = furnitureLines.spans().isEmpty() ? unanchored
                : unanchored.stream().filter(t -> !furnitureLines.covers(t.start())).toList();
        return inferFromArticle(dated, sentences, unanchoredInArticle, yearClues, stamps, office, furnitureLines);
    }

    private DocumentDate inferFromArticle(Document doc, List<Sentence> sentences, List<Timex> unanchored,
                                          List<YearClue> yearClues, List<DatelineReader.Stamp> stamps,
                                          Optional<OfficeSpan> office, PageFurniture.Lines furnitureLines) {
        String text = doc.text();
        TensedDates.Split dates = tensed.split(text, sentences, unanchored);
        WeekdayCheck weekdays = WeekdayCheck.of(text, doc.bodyStart(), words);
        YearlessDays yearless = new YearlessDays(text, doc.bodyStart(), sentences);
        List<YearClue> clues = withOfficeYear(doc, yearClues, dates, yearless, office);
        HeaderLineCheck.Reading header = headerLine.read(doc, yearless, weekdays);
        SignalCandidates.Gathered signals = signalCandidates.gather(doc, header.candidate(), stamps, weekdays,
                unanchored, furnitureLines);
        DocumentDate found = choose(doc, sentences, unanchored, dates, weekdays, yearless, clues, header, signals,
                yearClues, office);
        // a stamp set aside as the page's clock is said, so a reader sees why the page's top date was not taken
        return signals.clock().map(note -> new DocumentDate(found.value(), found.precision(), found.source(),
                found.confidence(), found.reason() + "; " + note, found.headerValue(), found.conflict()))
                .orElse(found);
    }

    private DocumentDate choose(Document doc, List<Sentence> sentences, List<Timex> unanchored,
                                TensedDates.Split dates, WeekdayCheck weekdays, YearlessDays yearless,
                                List<YearClue> clues, HeaderLineCheck.Reading header,
                                SignalCandidates.Gathered signals, List<YearClue> yearClues,
                                Optional<OfficeSpan> office) {
        String text = doc.text();
        Optional<DateCandidate> weekdayYear = weekdayYear(doc, dates, yearClues, office);
        Optional<DateCandidate> chosen = chooser.choose(signals.candidates(), signals.partials(),
                yearless::notAhead, () -> weekdayNumbers.find(text, doc.bodyStart(), text.length()), weekdays,
                weekdayYear.map(c -> c.date().getYear()).or(() -> TextDating.yearHint(dates.past(), unanchored, clues)));
        if (chosen.isEmpty() && office.isPresent()) {
            chosen = OfficeYearDating.today(signals.today(), office.get());
        }
        DocumentDate found;
        if (chosen.isPresent() && chosen.get().signal() != DateCandidate.Signal.HEADER_LINE) {
            DateCandidate c = chosen.get();
            found = withHeader(c.value(), c.precision(), c.signal().source(), c.confidence(), c.reason(),
                    header.stated());
        } else if (header.present()) {
            found = headerLine.check(header, dates.past());
        } else {
            return thisWeekInYear(textDating.date(doc, sentences, unanchored, dates, clues, weekdayYear, office),
                    text, doc.bodyStart(), dates);
        }
        if (found.precision() != DatePrecision.MONTH) {
            return found;
        }
        DocumentDate day = dayInMonth(found, textDating.date(doc, sentences, unanchored, dates, clues, weekdayYear,
                office));
        return day.precision() == DatePrecision.MONTH ? weekdayDateInMonth(day, text, doc.bodyStart(), dates,
                weekdays) : day;
    }

    /**
     * A year-only date from the text made a day by the one weekday the text puts in the week of writing with its day
     * of the month ("nesta sexta-feira (14)") that falls on that weekday within a week of a full date the text writes
     * in that year (a caption's "12.06.2019"): that date gives the month the bare day lacks.
     */
    private DocumentDate thisWeekInYear(DocumentDate year, String text, int bodyStart, TensedDates.Split dates) {
        if (!year.isKnown() || year.precision() != DatePrecision.YEAR || year.source() != DateSource.TEXT) {
            return year;
        }
        List<TensedDates.Dated> full = new ArrayList<>(dates.past());
        full.addAll(dates.untensed());
        full.removeIf(d -> !year.value().startsWith(String.valueOf(d.date().getYear())));
        if (full.isEmpty()) {
            return year;
        }
        List<LocalDate> fitting = new ArrayList<>();
        String written = null;
        for (WeekdayNumbers.WeekdayNumber n : weekdayNumbers.find(text, bodyStart, text.length())) {
            if (!n.thisWeek()) {
                continue;
            }
            for (TensedDates.Dated f : full) {
                for (int months = -1; months <= 1; months++) {
                    LocalDate month = f.date().withDayOfMonth(1).plusMonths(months);
                    if (n.day() > month.lengthOfMonth()) {
                        continue;
                    }
                    LocalDate d = month.withDayOfMonth(n.day());
                    if (d.getDayOfWeek() == n.weekday() && Math.abs(ChronoUnit.DAYS.between(d, f.date())) <= 7
                            && !fitting.contains(d)) {
                        fitting.add(d);
                        written = "'" + n.text() + "' near '" + f.text() + "'";
                    }
                }
            }
        }
        if (fitting.size() != 1) {
            return year;
        }
        return new DocumentDate(fitting.get(0).toString(), DatePrecision.DAY, DateSource.TEXT, 0.5, year.reason()
                + "; made a day by " + written + ", a weekday the text puts in the week of writing with its day of the"
                + " month, within a week of that date", year.headerValue(), year.conflict());
    }

    /**
     * A month-only date made a day by the one full date of that month the text writes beside its own weekday
     * ("disiarkan ... Selasa, 8 Maret 2022") and does not tell as ahead; none when no such date, or several, is written.
     */
    private DocumentDate weekdayDateInMonth(DocumentDate month, String text, int bodyStart, TensedDates.Split dates,
                                            WeekdayCheck weekdays) {
        List<LocalDate> fitting = new ArrayList<>();
        String written = null;
        for (WrittenDates.Found f : writtenDates.find(text, bodyStart, text.length(), weekdays)) {
            LocalDate d = f.date();
            boolean ahead = dates.future().stream().anyMatch(x -> x.date().equals(d))
                    && dates.past().stream().noneMatch(x -> x.date().equals(d));
            if (f.stated().isPresent() && !f.contradictsItsWeekday() && !ahead
                    && d.toString().startsWith(month.value() + "-") && !fitting.contains(d)) {
                fitting.add(d);
                written = f.text().strip();
            }
        }
        if (fitting.size() != 1) {
            return month;
        }
        return new DocumentDate(fitting.get(0).toString(), DatePrecision.DAY, month.source(), month.confidence(),
                month.reason() + ", made a day by '" + written + "', the one date of that month the text writes"
                        + " with its weekday", month.headerValue(), month.conflict());
    }

    /**
     * A month-only date made a day by the text's own reading ("anunciou esta sexta-feira" before "no domingo, 1 de
     * janeiro de 2023": the Friday before that Sunday), when that day lies in the month; a day outside it says the
     * text's reading went astray (the day ahead was weeks off), and the month stands.
     */
    private static DocumentDate dayInMonth(DocumentDate month, DocumentDate fromText) {
        if (!fromText.isKnown() || fromText.precision() != DatePrecision.DAY
                || !fromText.value().startsWith(month.value() + "-")) {
            return month;
        }
        return new DocumentDate(fromText.value(), DatePrecision.DAY, fromText.source(), fromText.confidence(),
                month.reason() + ", made a day by the text: " + fromText.reason(), month.headerValue(),
                month.conflict());
    }

    /**
     * The year the days a text writes with their weekday and no year settle with its own evidence ({@link
     * WeekdayYear}): the years its clues give, the months its office holders served together, never before a year
     * it tells as past. Only asked of a text with such evidence, and read only then.
     */
    private Optional<DateCandidate> weekdayYear(Document doc, TensedDates.Split dates, List<YearClue> yearClues,
                                                Optional<OfficeSpan> office) {
        if (office.isEmpty() && yearClues.isEmpty()) {
            return Optional.empty();
        }
        String text = doc.text();
        List<WrittenDates.WeekdayDay> days = new ArrayList<>(
                writtenDates.findWithWeekday(text, doc.bodyStart(), text.length()));
        days.addAll(bracketDays.withWeekdays(text, doc.bodyStart()));
        OptionalInt notBefore = dates.past().stream().mapToInt(d -> d.date().getYear()).max();
        return WeekdayYear.settle(days, yearClues.stream().map(c -> new WeekdayYear.Clue(c.year(), c.reason()))
                .toList(), office, notBefore);
    }

    /**
     * A text that names no year: the year its office holders and the days it names fit, after its own clues. Only
     * the first clue is ever read, and only when the text reports no full date as past ({@link TextDating}), so the
     * office year, which may read every day written with a weekday, is worked out only then.
     */
    private List<YearClue> withOfficeYear(Document doc, List<YearClue> yearClues, TensedDates.Split dates,
                                          YearlessDays yearless, Optional<OfficeSpan> office) {
        if (office.isEmpty() || !yearClues.isEmpty() || !dates.past().isEmpty()) {
            return yearClues;
        }
        String text = doc.text();
        return OfficeYearDating.yearOf(yearless.get(),
                        () -> writtenDates.findWithWeekday(text, doc.bodyStart(), text.length()), office.get())
                .map(y -> List.of(new YearClue(y, office.get().reason()))).orElse(yearClues);
    }

    /**
     * The days a text names without a year, read at most once and only when asked: the header's day/month order,
     * the office year and the chooser's month-only readings need them, and most documents none of these.
     */
    private final class YearlessDays implements Supplier<List<PartialDate>> {
        private final String text;
        private final int bodyStart;
        private final List<Sentence> sentences;
        private List<WrittenDates.Placed> read;

        private YearlessDays(String text, int bodyStart, List<Sentence> sentences) {
            this.text = text;
            this.bodyStart = bodyStart;
            this.sentences = sentences;
        }

        @Override
        public List<PartialDate> get() {
            return placed().stream().map(WrittenDates.Placed::day).toList();
        }

        /**
         * The days not told as still to come: "next Sunday, 23 July, the conference will open" names a day after the
         * day of writing, so it cannot make a month-only date the article's day; nor can a day "since" opens ("since
         * the blast of 4 August"), which began a period running to the day of writing.
         */
        List<PartialDate> notAhead() {
            List<PartialDate> kept = new ArrayList<>();
            for (WrittenDates.Placed p : placed()) {
                if (tensed.openedBySince(text, p.start())) {
                    continue;
                }
                Sentence s = TensedDates.sentenceAt(sentences, p.start());
                if (s == null || tensed.tenseAt(tensed.tokenize(text, s), p.start()) != Tense.FUTURE) {
                    kept.add(p.day());
                }
            }
            return kept;
        }

        private List<WrittenDates.Placed> placed() {
            if (read == null) {
                read = writtenDates.findWithoutYearAt(text, bodyStart, text.length());
            }
            return read;
        }
    }

    /** {@code doc} with its digits of other scripts as ASCII digits, one char for one, so offsets are unchanged. */
    private static Document withAsciiDigits(Document doc) {
        String folded = AsciiDigits.fold(doc.text());
        return folded == doc.text() ? doc : new Document(doc.id(), doc.source(), doc.title(), folded, doc.headerDate(),
                doc.bodyStart(), doc.encoding(), doc.format(), doc.pageStarts(), doc.contentHash());
    }

    private static DocumentDate withHeader(String value, DatePrecision precision, DateSource source, double confidence,
                                           String reason, String header) {
        boolean conflict = header != null && !value.startsWith(header);
        String why = conflict ? reason + "; the header line says " + header + ", the article's own date wins" : reason;
        return new DocumentDate(value, precision, source, confidence, why, header, conflict);
    }
}
