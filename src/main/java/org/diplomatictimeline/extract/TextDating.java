package org.diplomatictimeline.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.extract.TensedDates.Dated;
import org.diplomatictimeline.extract.docdate.DateCandidate;
import org.diplomatictimeline.extract.docdate.DocumentDateChooser;
import org.diplomatictimeline.extract.docdate.NearbyYear;
import org.diplomatictimeline.extract.docdate.OfficeSpan;
import org.diplomatictimeline.extract.docdate.WrittenDates;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSource;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.time.Timex;

/**
 * Dates a document that has no publication signal from its text alone: the year its dates and clues imply, then the
 * day a weekday told as past falls on before the first day told as ahead, else a day written with its weekday, else
 * the year only.
 */
final class TextDating {

    /** A value that names its year (compiled once, asked of every temporal expression). */
    private static final Pattern YEAR_VALUE = Pattern.compile("\\d{4}(?:-.*)?");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)\\b(?:on|last|this)\\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
    private static final Pattern WEEKDAY_VALUE = Pattern.compile("XXXX-WXX-([1-7])");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?i)\\b(?:" + DatelineReader.monthPattern() + "\\s+(\\d{1,2})(?!\\d|,?\\s+\\d{4})"
                    + "|(\\d{1,2})\\s+" + DatelineReader.monthPattern() + "(?!,?\\s+\\d{4}))");

    private final TensedDates tensed;
    private final WrittenDates writtenDates;

    TextDating(TensedDates tensed, WrittenDates writtenDates) {
        this.tensed = tensed;
        this.writtenDates = writtenDates;
    }

    /**
     * The document's date read from its text; below a day, a day written with its weekday near the year found
     * ("ce lundi 16 décembre") is preferred.
     */
    DocumentDate date(Document doc, List<Sentence> sentences, List<Timex> unanchored, TensedDates.Split dates,
                      List<YearClue> clues) {
        return date(doc, sentences, unanchored, dates, clues, Optional.empty());
    }

    /**
     * As {@link #date(Document, List, List, TensedDates.Split, List)}, where {@code weekdayYear}, the year the days
     * written with their weekday settle with the text's own evidence, wins over a year read only from the dates and
     * clues: the latest full date told is often history ("the Treaty of Rome of 25 March 1957").
     */
    DocumentDate date(Document doc, List<Sentence> sentences, List<Timex> unanchored, TensedDates.Split dates,
                      List<YearClue> clues, Optional<DateCandidate> weekdayYear) {
        return date(doc, sentences, unanchored, dates, clues, weekdayYear, Optional.empty());
    }

    /**
     * As {@link #date(Document, List, List, TensedDates.Split, List, Optional)}, where {@code office}, the months the
     * office holders the text names in office served together, rules out a year read only from an event's full date
     * ("protocols amending the agreement dated March 20, 2006"): a text that calls them all in office was not
     * written in a year when they were not.
     */
    DocumentDate date(Document doc, List<Sentence> sentences, List<Timex> unanchored, TensedDates.Split dates,
                      List<YearClue> clues, Optional<DateCandidate> weekdayYear, Optional<OfficeSpan> office) {
        String text = doc.text();
        DocumentDate fromText = fromText(text, sentences, unanchored, dates.past(), dates.future(), clues);
        if (!fromText.isKnown() && dates.past().isEmpty() && clues.isEmpty()) {
            Optional<DocumentDate> untensed = untensedYear(dates.untensed());
            if (untensed.isPresent()) {
                // "announced on Tuesday" before "will visit on May 7-8": the day before the days ahead, in that year
                DocumentDate day = fromText(text, sentences, unanchored, dates.past(), dates.future(), List.of(
                        new YearClue(Integer.parseInt(untensed.get().value()), untensed.get().reason())));
                fromText = day.isKnown() && day.precision() == DatePrecision.DAY ? day : untensed.get();
            }
        }
        fromText = outsideOffice(fromText, office).orElse(fromText);
        if (fromText.isKnown() && fromText.precision() != DatePrecision.YEAR) {
            return fromText;
        }
        if (weekdayYear.isPresent()) {
            DateCandidate c = weekdayYear.get();
            return new DocumentDate(c.value(), c.precision(), c.signal().source(), c.confidence(), c.reason(), null,
                    false);
        }
        // "ce lundi 16 décembre": a day written with its weekday fixes its own year near the years the text names.
        Optional<Integer> hint = fromText.isKnown() ? Optional.of(Integer.parseInt(fromText.value().substring(0, 4)))
                : yearHint(dates.past(), unanchored, clues);
        Optional<DateCandidate> weekdayDay = DocumentDateChooser.fromWeekdayDays(
                writtenDates.findWithWeekday(text, doc.bodyStart(), text.length()), hint);
        if (weekdayDay.isEmpty()) {
            return fromText;
        }
        DateCandidate c = weekdayDay.get();
        return new DocumentDate(c.value(), c.precision(), c.signal().source(), c.confidence(), c.reason(), null, false);
    }

    /**
     * Unknown in place of a year read from an event's full date ({@link DateSource#TEXT} at year precision) in which
     * the office holders the text names were not all in office; empty when the year stands.
     */
    private static Optional<DocumentDate> outsideOffice(DocumentDate found, Optional<OfficeSpan> office) {
        if (office.isEmpty() || !found.isKnown() || found.precision() != DatePrecision.YEAR
                || found.source() != DateSource.TEXT) {
            return Optional.empty();
        }
        int year = Integer.parseInt(found.value().substring(0, 4));
        OfficeSpan span = office.get();
        if (year >= span.from().getYear() && year <= span.to().getYear()) {
            return Optional.empty();
        }
        return Optional.of(DocumentDate.unknown(found.reason() + "; but " + span.reason() + " were not all in office"
                + " in " + year + ", so that date is history, not the year of writing"));
    }

    /**
     * The year of a text whose full dates no clause tells as past or ahead ("set off to attend the forum from 11 to 14
     * May, 2029"; "pada 7 September 2029" in a language without tenses) and which names no other year clue: the
     * year of its latest such date, when all of them lie in one year; a text that names several years names history
     * beside its news.
     */
    private static Optional<DocumentDate> untensedYear(List<Dated> untensed) {
        if (untensed.isEmpty() || untensed.stream().map(d -> d.date().getYear()).distinct().count() != 1) {
            return Optional.empty();
        }
        Dated latest = untensed.stream().max((a, b) -> a.date().compareTo(b.date())).orElseThrow();
        return Optional.of(new DocumentDate(String.valueOf(latest.date().getYear()), DatePrecision.YEAR,
                DateSource.TEXT, 0.3, "no publication signal; year of '" + latest.text() + "', a full date the text"
                        + " writes without telling it past or ahead (an event's date, not the day of writing)", null,
                false));
    }

    /** The latest year the text reports as past, else the latest it names, else a computed one. */
    static Optional<Integer> yearHint(List<Dated> past, List<Timex> unanchored, List<YearClue> clues) {
        Optional<Integer> named = namedYear(past, unanchored, clues);
        Optional<YearClue> current = currentClue(clues);
        return current.isPresent() && (named.isEmpty() || current.get().year() > named.get())
                ? Optional.of(current.get().year()) : named;
    }

    /** The latest clue that names the occasion the text reports ({@link YearClue#current()}), if any. */
    private static Optional<YearClue> currentClue(List<YearClue> clues) {
        return clues.stream().filter(YearClue::current).max(Comparator.comparingInt(YearClue::year));
    }

    private static Optional<Integer> namedYear(List<Dated> past, List<Timex> unanchored, List<YearClue> clues) {
        Optional<Integer> fromPast = past.stream().map(d -> d.date().getYear()).max(Integer::compare);
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

    private DocumentDate fromText(String text, List<Sentence> sentences, List<Timex> unanchored, List<Dated> past,
                                  List<Dated> future, List<YearClue> yearClues) {
        Optional<Dated> latestPast = past.stream().max((a, b) -> a.date().compareTo(b.date()));
        Optional<Integer> year = latestPast.map(d -> d.date().getYear());
        String yearReason = latestPast.map(d -> "'" + d.text() + "'").orElse("");
        Optional<YearClue> current = currentClue(yearClues);
        Optional<Integer> latestNamed = unanchored.stream()
                .filter(t -> !t.relative() && YEAR_VALUE.matcher(t.value()).matches())
                .map(t -> Integer.parseInt(t.value().substring(0, 4))).max(Integer::compare);
        // a later year the text names says the numbered occasion may be an earlier one ("chaired the 29th summit")
        if (current.isPresent() && (year.isEmpty() || current.get().year() > year.get())
                && latestNamed.filter(n -> n > current.get().year()).isEmpty()) {
            // "the 64th session of the General Assembly" is the occasion told; "the Treaty of Rome of 1957" history
            return new DocumentDate(String.valueOf(current.get().year()), DatePrecision.YEAR, DateSource.ANNIVERSARY,
                    0.5, "no publication signal; year from " + current.get().reason() + ", the occasion the text"
                            + " reports", null, false);
        }
        // a numbered occasion older than a year the text names is not the one it reports, nor the year of writing
        List<YearClue> kept = yearClues.stream().filter(c -> !c.current()
                || latestNamed.filter(n -> n > c.year()).isEmpty()).toList();
        if (year.isEmpty() && !kept.isEmpty()) {
            year = Optional.of(kept.get(0).year());
            yearReason = kept.get(0).reason();
        }
        Optional<Dated> earliestFuture = future.stream().min((a, b) -> a.date().compareTo(b.date()));
        if (year.isEmpty() && earliestFuture.isPresent() && !spokenWeekdays(text, sentences, unanchored).isEmpty()) {
            // "today, Thursday ... the summit tomorrow, Friday 19-5-2023": the day ahead gives the year.
            year = Optional.of(earliestFuture.get().date().getYear());
            yearReason = "'" + earliestFuture.get().text() + "'";
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
                tokens = tokens != null ? tokens : tensed.tokenize(text, s);
                if (tensed.tenseAt(tokens, md.start()) != Tense.FUTURE) {
                    continue;
                }
                // "Oct. 11" after "from October 11-12, 2019": a day the text also writes with its year has that year.
                int dayYear = future.stream().filter(f -> f.date().getMonthValue() == month.get())
                        .map(f -> f.date().getYear()).findFirst().orElse(y);
                try {
                    ahead.add(new Dated(LocalDate.of(dayYear, month.get(), Integer.parseInt(day)), md.group()));
                } catch (RuntimeException e) {
                    // not a calendar day ("May 32"): no bound
                }
            }
            wd.region(s.start(), s.end());
            while (wd.find()) {
                tokens = tokens != null ? tokens : tensed.tokenize(text, s);
                if (tensed.tenseAt(tokens, wd.start(), wd.end()) == Tense.PAST) {
                    weekdaysPast.add(new Weekday(DayOfWeek.valueOf(wd.group(1).toUpperCase(Locale.ROOT)), wd.group()));
                }
            }
        }
        weekdaysPast.addAll(spokenWeekdays(text, sentences, unanchored));
        Optional<Dated> earliestAhead = ahead.stream().min((a, b) -> a.date().compareTo(b.date()));
        if (earliestAhead.isPresent() && !weekdaysPast.isEmpty()) {
            LocalDate bound = earliestAhead.get().date();
            LocalDate best = null;
            String cue = null;
            for (Weekday w : weekdaysPast) {
                LocalDate day = bound.with(TemporalAdjusters.previous(w.day));
                if (latestPast.isPresent() && day.isBefore(latestPast.get().date())) {
                    continue;
                }
                if (best == null || day.isAfter(best)) {
                    best = day;
                    cue = w.text;
                }
            }
            if (best != null) {
                String reason = "'" + cue + "' (a " + best.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                        + ") is the last such day before '" + earliestAhead.get().text()
                        + "', which the text says lies ahead; year " + best.getYear() + " from "
                        + (best.getYear() == y ? yearReason : "the same day written with its year");
                return new DocumentDate(best.toString(), DatePrecision.DAY, DateSource.TEXT, 0.55, reason, null, false);
            }
        }
        if (latestPast.isPresent()) {
            // "since December 1, 2022" opens a period that may run for years, and "had signed on 3 March 1971"
            // tells background: bounds, never the day or year of writing
            Optional<Dated> stated = past.stream().filter(p -> !p.boundOnly())
                    .max((a, b) -> a.date().compareTo(b.date()));
            if (stated.isEmpty()) {
                return DocumentDate.unknown("the only past dates the text names follow 'since' or are told in the"
                        + " past perfect ('" + latestPast.get().text() + "'): the day of writing may lie years after"
                        + " them");
            }
            // The latest date is the day of an event the article tells (an agreement signed, a visit), not the day
            // of writing: without a publication signal only its year is kept, for the days the text gives no year.
            Dated latest = NearbyYear.writtenIn(unanchored).stream()
                    .map(w -> new Dated(w.date(), w.text()))
                    .filter(w -> w.date().isAfter(stated.get().date())).max((a, b) -> a.date().compareTo(b.date()))
                    .orElse(stated.get());
            return new DocumentDate(String.valueOf(latest.date().getYear()), DatePrecision.YEAR, DateSource.TEXT, 0.3,
                    "no publication signal; year of '" + latest.text() + "', the latest full date the text writes (an"
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
                Sentence s = today ? null : TensedDates.sentenceAt(sentences, t.start());
                if (today || s != null && tensed.tenseAt(tensed.tokenize(text, s), t.start(), t.end())
                        == Tense.PAST) {
                    found.add(new Weekday(DayOfWeek.of(Integer.parseInt(w.group(1))), t.text()));
                }
            }
            previous = t;
        }
        return found;
    }

    private record Weekday(DayOfWeek day, String text) {
    }
}
