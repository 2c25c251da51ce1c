package org.diplomatictimeline.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.corpus.FrontMatter;
import org.diplomatictimeline.extract.docdate.AddressDates;
import org.diplomatictimeline.extract.docdate.DateCandidate;
import org.diplomatictimeline.extract.docdate.DateWords;
import org.diplomatictimeline.extract.docdate.DocumentDateChooser;
import org.diplomatictimeline.extract.docdate.HeaderOrder;
import org.diplomatictimeline.extract.docdate.NearbyYear;
import org.diplomatictimeline.extract.docdate.OfficeYearDating;
import org.diplomatictimeline.extract.docdate.PageFurniture;
import org.diplomatictimeline.extract.docdate.PageStamps;
import org.diplomatictimeline.extract.docdate.PartialDate;
import org.diplomatictimeline.extract.docdate.TodayDates;
import org.diplomatictimeline.extract.docdate.WeekdayCheck;
import org.diplomatictimeline.extract.docdate.WrittenDates;
import org.diplomatictimeline.extract.docdate.OfficeSpan;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSource;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.time.Timex;
import org.diplomatictimeline.time.TimexType;

/**
 * Chooses the date a document was written: header line, dateline or byline, explicit dates in its text, relative
 * cues ("said on Thursday" before "will meet on May 13"), and anniversaries; the evidence wins over a header that
 * contradicts it, and both are kept.
 */
public final class DocumentDateInference {

    /** A value that names its year (compiled once, asked of every temporal expression). */
    private static final Pattern YEAR_VALUE = Pattern.compile("\\d{4}(?:-.*)?");
    private static final int SINCE_REACH = 20;
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)\\b(?:on|last|this)\\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
    private static final Pattern WEEKDAY_VALUE = Pattern.compile("XXXX-WXX-([1-7])");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?i)\\b(?:" + DatelineReader.monthPattern() + "\\s+(\\d{1,2})(?!\\d|,?\\s+\\d{4})"
                    + "|(\\d{1,2})\\s+" + DatelineReader.monthPattern() + "(?!,?\\s+\\d{4}))");

    private final WordTokenizer tokenizer = new WordTokenizer();
    private final TenseReader tense = new TenseReader();
    private final DatelineReader datelines = new DatelineReader();
    private final DateWords words = DateWords.standard();
    private final AddressDates addressDates = new AddressDates(words);
    private final PageStamps pageStamps = new PageStamps(words);
    private final DocumentDateChooser chooser = new DocumentDateChooser();
    private final WrittenDates writtenDates = new WrittenDates(words);
    private final TodayDates todayDates = new TodayDates(words);
    private final PageFurniture furniture = new PageFurniture(words);
    /** "since", "depuis le", "sejak": the word and at most one short article before the date. */
    private final Pattern sinceBefore = Pattern.compile("(?<!\\p{L})(?:" + words.sinceAlternation()
            + ")(?!\\p{L})[\\s,]*(?:\\p{L}{1,4}\\s+)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Infers the document's date.
     *
     * @param unanchored the document's temporal expressions tagged without an anchor (so only explicit ones are full)
     * @param yearClues  years the text implies, e.g. from anniversaries
     */
    public DocumentDate infer(Document doc, List<Sentence> sentences, List<Timex> unanchored, List<YearClue> yearClues) {
        return infer(doc, sentences, unanchored, yearClues, datelines.readAll(doc.text(), doc.bodyStart()),
                Optional.empty());
    }

    /**
     * Infers the document's date from the datelines and bylines already read at its top ({@link
     * DatelineReader#readAll}), which the analysis also needs, so they are read once; {@code office} holds the years
     * the office holders the text names put it in ({@link OfficeTerms}).
     */
    DocumentDate infer(Document doc, List<Sentence> sentences, List<Timex> unanchored, List<YearClue> yearClues,
                       List<DatelineReader.Stamp> stamps, Optional<OfficeSpan> office) {
        String text = doc.text();
        // A copyright year, a cookie notice's "last updated 1 January 2024" or a teaser's date says nothing of the
        // article: neither its full dates nor the years it names count.
        PageFurniture.Lines furnitureLines = furniture.lines(text, doc.bodyStart());
        List<Timex> unanchoredInArticle = furnitureLines.spans().isEmpty() ? unanchored
                : unanchored.stream().filter(t -> !furnitureLines.covers(t.start())).toList();
        return inferFromArticle(doc, sentences, unanchoredInArticle, yearClues, stamps, office);
    }

    private DocumentDate inferFromArticle(Document doc, List<Sentence> sentences, List<Timex> unanchored,
                                          List<YearClue> yearClues, List<DatelineReader.Stamp> stamps,
                                          Optional<OfficeSpan> office) {
        String text = doc.text();
        String header = doc.headerDate();
        List<Dated> past = new ArrayList<>();
        List<Dated> future = new ArrayList<>();
        collectExplicitDates(text, sentences, unanchored, past, future);

        WeekdayCheck weekdays = WeekdayCheck.of(text, doc.bodyStart(), words);
        // read once: both the header's day/month order and the chooser's month-only readings ask for them
        List<PartialDate> yearless = writtenDates.findWithoutYear(text, doc.bodyStart(), text.length());
        // a text that names no year: the year its office holders and the days it names fit, after its own clues
        List<YearClue> clues = office.flatMap(o -> OfficeYearDating.yearOf(yearless, o)).map(y -> Stream.concat(
                yearClues.stream(), Stream.of(new YearClue(y, office.get().reason()))).toList()).orElse(yearClues);
        List<DateCandidate> candidates = new ArrayList<>();
        String headerReason = "the corpus header line";
        String stated = header;
        if (header != null && header.length() != 7) {
            Optional<DateCandidate> swapped = HeaderOrder.swapped(LocalDate.parse(header), namedDays(text,
                    doc.bodyStart(), yearless, weekdays), weekdays);
            if (swapped.isPresent()) {
                header = swapped.get().value();
                headerReason = swapped.get().reason();
            }
        }
        if (header != null) {
            boolean month = header.length() == 7;
            candidates.add(new DateCandidate(LocalDate.parse(month ? header + "-01" : header),
                    month ? DatePrecision.MONTH : DatePrecision.DAY, DateCandidate.Signal.HEADER_LINE, 0.8,
                    headerReason.equals("the corpus header line") ? "the corpus header line " + header
                            : headerReason));
        }
        String address = FrontMatter.find(text).map(FrontMatter::source).orElse(null);
        candidates.addAll(addressDates.read(address, weekdays));
        candidates.addAll(pageStamps.read(text, doc.bodyStart(), weekdays));
        List<PartialDate> partials = new ArrayList<>();
        for (DatelineReader.Stamp s : stamps) {
            DateCandidate.Signal signal = s.source() == DateSource.DATELINE ? DateCandidate.Signal.DATELINE
                    : DateCandidate.Signal.BYLINE;
            if (s.hasYear()) {
                candidates.add(new DateCandidate(s.date().get(), DatePrecision.DAY, signal,
                        signal == DateCandidate.Signal.DATELINE ? 0.9 : 0.8,
                        (signal == DateCandidate.Signal.DATELINE ? "dateline" : "byline") + " '" + s.text() + "'"));
            } else {
                partials.add(new PartialDate(s.month(), s.day(), signal, s.text()));
            }
        }
        TodayDates.Readings today = todayDates.read(text, doc.bodyStart());
        candidates.addAll(today.days());
        partials.addAll(today.partials());
        List<NearbyYear.Written> fullDates = NearbyYear.writtenIn(unanchored);
        for (PartialDate p : partials) {
            NearbyYear.settle(p, fullDates).ifPresent(candidates::add);
        }
        Optional<DateCandidate> chosen = chooser.choose(candidates, partials,
                yearless, weekdays, yearHint(past, unanchored,
                clues));
        if (chosen.isEmpty() && office.isPresent()) {
            chosen = OfficeYearDating.today(today, office.get());
        }
        if (chosen.isPresent() && chosen.get().signal() != DateCandidate.Signal.HEADER_LINE) {
            DateCandidate c = chosen.get();
            return withHeader(c.value(), c.precision(), c.signal().source(), c.confidence(), c.reason(), stated);
        }
        if (header != null) {
            String read = header;
            Optional<Dated> contradiction = past.stream()
                    .filter(d -> d.date.toString().compareTo(read.length() == 7 ? read + "-31" : read) > 0)
                    .max((a, b) -> a.date.compareTo(b.date));
            if (contradiction.isEmpty()) {
                DatePrecision p = header.length() == 7 ? DatePrecision.MONTH : DatePrecision.DAY;
                return new DocumentDate(header, p, DateSource.HEADER, 0.9, headerReason, stated, false);
            }
            Dated d = contradiction.get();
            return new DocumentDate(d.date.toString(), DatePrecision.DAY, DateSource.TEXT, 0.6,
                    "header " + header + " is earlier than '" + d.text + "', which the text reports as past", stated,
                    true);
        }
        DocumentDate fromText = fromText(text, sentences, unanchored, past, future, clues);
        if (fromText.isKnown() && fromText.precision() != DatePrecision.YEAR) {
            return fromText;
        }
        // "ce lundi 16 décembre": a day written with its weekday fixes its own year near the years the text names.
        Optional<Integer> hint = fromText.isKnown() ? Optional.of(Integer.parseInt(fromText.value().substring(0, 4)))
                : yearHint(past, unanchored, clues);
        Optional<DateCandidate> weekdayDay = DocumentDateChooser.fromWeekdayDays(
                writtenDates.findWithWeekday(text, doc.bodyStart(), text.length()), hint);
        if (weekdayDay.isEmpty()) {
            return fromText;
        }
        DateCandidate c = weekdayDay.get();
        String value = c.precision() == DatePrecision.DAY ? c.date().toString() : c.date().toString().substring(0, 7);
        return new DocumentDate(value, c.precision(), c.signal().source(), c.confidence(), c.reason(), null, false);
    }

    /** The days the body names, with or without a year, for settling a header's day/month order. */
    private List<PartialDate> namedDays(String text, int bodyStart, List<PartialDate> yearless,
                                        WeekdayCheck weekdays) {
        List<PartialDate> days = new ArrayList<>(yearless);
        for (WrittenDates.Found f : writtenDates.find(text, bodyStart, text.length(), weekdays)) {
            days.add(new PartialDate(f.date().getMonthValue(), f.date().getDayOfMonth(),
                    DateCandidate.Signal.WEEKDAY_DATE, f.text()));
        }
        return days;
    }

    private DocumentDate fromText(String text, List<Sentence> sentences, List<Timex> unanchored, List<Dated> past,
                                  List<Dated> future, List<YearClue> yearClues) {
        Optional<Dated> latestPast = past.stream().max((a, b) -> a.date.compareTo(b.date));
        Optional<Integer> year = latestPast.map(d -> d.date.getYear());
        String yearReason = latestPast.map(d -> "'" + d.text + "'").orElse("");
        if (year.isEmpty() && !yearClues.isEmpty()) {
            year = Optional.of(yearClues.get(0).year());
            yearReason = yearClues.get(0).reason();
        }
        Optional<Dated> earliestFuture = future.stream().min((a, b) -> a.date.compareTo(b.date));
        if (year.isEmpty() && earliestFuture.isPresent() && !spokenWeekdays(text, sentences, unanchored).isEmpty()) {
            // "today, Thursday ... the summit tomorrow, Friday 19-5-2023": the day ahead gives the year.
            year = Optional.of(earliestFuture.get().date.getYear());
            yearReason = "'" + earliestFuture.get().text + "'";
        }
        if (year.isEmpty()) {
            return DocumentDate.unknown("no header, dateline or byline, and no full date or computable year in the text");
        }
        int y = year.get();
        // Upper bound: the earliest date the text says lies ahead; lower bound: the latest it says is past.
        List<Dated> ahead = new ArrayList<>(future);
        List<Weekday> weekdaysPast = new ArrayList<>();
        Matcher md = MONTH_DAY.matcher(text);
        Matcher wd = WEEKDAY.matcher(text);
        for (Sentence s : sentences) {
            List<Token> tokens = null; // tokenised only for a sentence that names a day: most name none
            md.region(s.start(), s.end());
            while (md.find()) {
                Optional<Integer> month = DatelineReader.month(md.group(1) != null ? md.group(1) : md.group(4));
                String day = md.group(2) != null ? md.group(2) : md.group(3);
                if (month.isEmpty()) {
                    continue;
                }
                tokens = tokens != null ? tokens : tokenizer.tokenize(text, s.start(), s.end());
                if (tenseAt(tokens, md.start()) != Tense.FUTURE) {
                    continue;
                }
                // "Oct. 11" after "from October 11-12, 2019": a day the text also writes with its year has that year.
                int dayYear = future.stream().filter(f -> f.date.getMonthValue() == month.get())
                        .map(f -> f.date.getYear()).findFirst().orElse(y);
                try {
                    ahead.add(new Dated(LocalDate.of(dayYear, month.get(), Integer.parseInt(day)), md.group()));
                } catch (RuntimeException e) {
                    // not a calendar day ("May 32"): no bound
                }
            }
            wd.region(s.start(), s.end());
            while (wd.find()) {
                tokens = tokens != null ? tokens : tokenizer.tokenize(text, s.start(), s.end());
                if (tenseAt(tokens, wd.start()) == Tense.PAST) {
                    weekdaysPast.add(new Weekday(DayOfWeek.valueOf(wd.group(1).toUpperCase(Locale.ROOT)), wd.group()));
                }
            }
        }
        weekdaysPast.addAll(spokenWeekdays(text, sentences, unanchored));
        Optional<Dated> earliestAhead = ahead.stream().min((a, b) -> a.date.compareTo(b.date));
        if (earliestAhead.isPresent() && !weekdaysPast.isEmpty()) {
            LocalDate bound = earliestAhead.get().date;
            LocalDate best = null;
            String cue = null;
            for (Weekday w : weekdaysPast) {
                LocalDate day = bound.with(TemporalAdjusters.previous(w.day));
                if (latestPast.isPresent() && day.isBefore(latestPast.get().date)) {
                    continue;
                }
                if (best == null || day.isAfter(best)) {
                    best = day;
                    cue = w.text;
                }
            }
            if (best != null) {
                String reason = "'" + cue + "' (a " + best.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                        + ") is the last such day before '" + earliestAhead.get().text
                        + "', which the text says lies ahead; year " + best.getYear() + " from "
                        + (best.getYear() == y ? yearReason : "the same day written with its year");
                return new DocumentDate(best.toString(), DatePrecision.DAY, DateSource.TEXT, 0.55, reason, null, false);
            }
        }
        if (latestPast.isPresent()) {
            // "since December 1, 2022" opens a period that may run for years: a bound, never the day of writing
            Optional<Dated> stated = past.stream().filter(p -> !p.since()).max((a, b) -> a.date.compareTo(b.date));
            if (stated.isEmpty()) {
                return DocumentDate.unknown("the only past dates the text names follow 'since' ('"
                        + latestPast.get().text + "'): the day of writing may lie years after them");
            }
            // The latest date is the day of an event the article tells (an agreement signed, a visit), not the day
            // of writing: without a publication signal only its year is kept, for the days the text gives no year.
            Dated latest = NearbyYear.writtenIn(unanchored).stream()
                    .map(w -> new Dated(w.date(), w.text()))
                    .filter(w -> w.date.isAfter(stated.get().date)).max((a, b) -> a.date.compareTo(b.date))
                    .orElse(stated.get());
            return new DocumentDate(String.valueOf(latest.date.getYear()), DatePrecision.YEAR, DateSource.TEXT, 0.3,
                    "no publication signal; year of '" + latest.text + "', the latest full date the text writes (an"
                            + " event's date, not the day of writing)", null, false);
        }
        return new DocumentDate(String.valueOf(y), DatePrecision.YEAR, DateSource.ANNIVERSARY, 0.5,
                "year from " + yearReason, null, false);
    }

    /**
     * Weekdays the tagger found in any language that lie on or before the day of writing: said in the past tense
     * ("reunió el miércoles") or named as today ("اليوم الخميس", "today, Thursday").
     */
    private List<Weekday> spokenWeekdays(String text, List<Sentence> sentences, List<Timex> unanchored) {
        List<Weekday> found = new ArrayList<>();
        Timex previous = null;
        for (Timex t : unanchored) {
            Matcher w = WEEKDAY_VALUE.matcher(t.value());
            if (w.matches()) {
                boolean today = previous != null && previous.value().equals("PRESENT_REF")
                        && t.start() - previous.end() <= 2;
                Sentence s = today ? null : sentenceAt(sentences, t.start());
                if (today || s != null && tenseAt(tokenizer.tokenize(text, s.start(), s.end()), t.start()) == Tense.PAST) {
                    found.add(new Weekday(DayOfWeek.of(Integer.parseInt(w.group(1))), t.text()));
                }
            }
            previous = t;
        }
        return found;
    }

    private void collectExplicitDates(String text, List<Sentence> sentences, List<Timex> unanchored,
                                      List<Dated> past, List<Dated> future) {
        for (Timex t : unanchored) {
            if (t.type() != TimexType.DATE || t.relative() || !FULL_DATE.matcher(t.value()).matches()) {
                continue;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(t.value());
            } catch (RuntimeException e) {
                continue;
            }
            Sentence s = sentenceAt(sentences, t.start());
            if (s == null) {
                continue;
            }
            Tense tn = tenseAt(tokenizer.tokenize(text, s.start(), s.end()), t.start());
            if (tn == Tense.PAST) {
                String before = text.substring(Math.max(0, t.start() - SINCE_REACH), t.start());
                past.add(new Dated(date, t.text(), sinceBefore.matcher(before).find()));
            } else if (tn == Tense.FUTURE) {
                future.add(new Dated(date, t.text()));
            }
        }
    }

    private static Sentence sentenceAt(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }

    private Tense tenseAt(List<Token> tokens, int offset) {
        int index = 0;
        while (index < tokens.size() && tokens.get(index).start() < offset) {
            index++;
        }
        Tense t = tense.before(tokens, index);
        if (t == Tense.UNKNOWN) {
            // "Moscow said on Thursday": the verb sits right before the preposition.
            t = tense.before(tokens, Math.min(tokens.size(), index));
        }
        return t;
    }

    private static boolean validDay(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return year >= 1900 && year <= 2100;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    /** The latest year the text reports as past, else the latest it names, else a computed one. */
    private static Optional<Integer> yearHint(List<Dated> past, List<Timex> unanchored, List<YearClue> clues) {
        Optional<Integer> fromPast = past.stream().map(d -> d.date.getYear()).max(Integer::compare);
        if (fromPast.isPresent()) {
            return fromPast;
        }
        // "в мае 2023 года" names its year as much as "2023" does.
        Optional<Integer> named = unanchored.stream().filter(t -> !t.relative() && YEAR_VALUE.matcher(t.value()).matches())
                .map(t -> Integer.parseInt(t.value().substring(0, 4))).max(Integer::compare);
        if (named.isPresent()) {
            return named;
        }
        return clues.isEmpty() ? Optional.empty() : Optional.of(clues.get(0).year());
    }

    private static DocumentDate withHeader(String value, DatePrecision precision, DateSource source, double confidence,
                                           String reason, String header) {
        boolean conflict = header != null && !value.startsWith(header);
        String why = conflict ? reason + "; the header line says " + header + ", the article's own date wins" : reason;
        return new DocumentDate(value, precision, source, confidence, why, header, conflict);
    }

    private record Dated(LocalDate date, String text, boolean since) {

        Dated(LocalDate date, String text) {
            this(date, text, false);
        }

    }

    private record Weekday(DayOfWeek day, String text) {
    }
}
