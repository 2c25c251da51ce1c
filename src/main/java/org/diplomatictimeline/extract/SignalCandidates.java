package org.diplomatictimeline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.corpus.FrontMatter;
import org.diplomatictimeline.extract.docdate.AddressDates;
import org.diplomatictimeline.extract.docdate.BracketDays;
import org.diplomatictimeline.extract.docdate.DateCandidate;
import org.diplomatictimeline.extract.docdate.DateWords;
import org.diplomatictimeline.extract.docdate.NearbyYear;
import org.diplomatictimeline.extract.docdate.PageFurniture;
import org.diplomatictimeline.extract.docdate.PageStamps;
import org.diplomatictimeline.extract.docdate.PartialDate;
import org.diplomatictimeline.extract.docdate.TodayDates;
import org.diplomatictimeline.extract.docdate.SiteClock;
import org.diplomatictimeline.extract.docdate.WeekdayCheck;
import org.diplomatictimeline.extract.docdate.WrittenDates;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSource;
import org.diplomatictimeline.time.Timex;

/**
 * Gathers the publication signals of a document as date candidates: the header line, the source address, page
 * stamps, datelines and bylines, "today" phrases and a weekday's day in brackets ("Senin (14/3)"); a signal without a
 * year becomes a partial date, which a full date written near it may settle.
 */
final class SignalCandidates {

    private final AddressDates addressDates;
    private final PageStamps pageStamps;
    private final TodayDates todayDates;
    private final BracketDays bracketDays;
    private final WrittenDates writtenDates;

    SignalCandidates(DateWords words) {
        bracketDays = new BracketDays(words);
        addressDates = new AddressDates(words);
        pageStamps = new PageStamps(words);
        todayDates = new TodayDates(words);
        writtenDates = new WrittenDates(words);
    }

    /**
     * What the signals say.
     *
     * @param candidates the dated signals, the header's first
     * @param partials   the signals without a year
     * @param today      the "today" phrases read (the office-year dating asks them again)
     * @param clock      why a stamp at the top was set aside as the page's clock ({@link SiteClock}), if one was
     */
    record Gathered(List<DateCandidate> candidates, List<PartialDate> partials, TodayDates.Readings today,
                    Optional<String> clock) {
    }

    /**
     * Gathers the signals of {@code doc}.
     *
     * @param header     the header line's candidate, if any
     * @param stamps     the datelines and bylines read at the top
     * @param unanchored the temporal expressions tagged without an anchor, outside page furniture
     * @param clutter    the page's furniture lines from the body's start on
     */
    Gathered gather(Document doc, Optional<DateCandidate> header, List<DatelineReader.Stamp> stamps,
                    WeekdayCheck weekdays, List<Timex> unanchored, PageFurniture.Lines clutter) {
        String text = doc.text();
        List<DateCandidate> candidates = new ArrayList<>();
        header.ifPresent(candidates::add);
        String address = FrontMatter.find(text).map(FrontMatter::source).orElse(null);
        candidates.addAll(addressDates.read(address, weekdays));
        candidates.addAll(pageStamps.read(text, doc.bodyStart(), weekdays, clutter));
        List<PartialDate> partials = new ArrayList<>();
        Set<LocalDate> siteToday = candidates.stream().filter(PageStamps::isSiteToday).map(DateCandidate::date)
                .collect(Collectors.toCollection(HashSet::new));
        Map<LocalDate, String> clock = pageClock(text, doc.bodyStart(), candidates, stamps, unanchored);
        candidates.removeIf(c -> c.signal() == DateCandidate.Signal.BYLINE && clock.containsKey(c.date()));
        siteToday.addAll(clock.keySet());
        for (DatelineReader.Stamp s : stamps) {
            DateCandidate.Signal signal = s.source() == DateSource.DATELINE ? DateCandidate.Signal.DATELINE
                    : DateCandidate.Signal.BYLINE;
            if (s.hasYear() && siteToday.contains(s.date().get())) {
                continue; // the masthead's date of the day, which the page stamps already weigh as such
            }
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
        bracketDays.read(text, doc.bodyStart()).ifPresent(partials::add);
        List<NearbyYear.Written> fullDates = NearbyYear.writtenIn(unanchored);
        for (PartialDate p : partials) {
            NearbyYear.settle(p, fullDates).ifPresent(candidates::add);
        }
        return new Gathered(candidates, partials, today, clock.entrySet().stream().findFirst()
                .map(e -> "the stamp " + e.getKey() + " at the top was set aside: " + e.getValue()));
    }

    /**
     * The byline dates that are the page's clock ({@link SiteClock}): the days the text writes with their weekday and
     * no year fall on those weekdays in a year it writes, and near none of these dates. Read only when a byline
     * date is there to be checked.
     */
    private Map<LocalDate, String> pageClock(String text, int bodyStart, List<DateCandidate> candidates,
                                     List<DatelineReader.Stamp> stamps, List<Timex> unanchored) {
        Set<LocalDate> bylines = new HashSet<>();
        candidates.stream().filter(c -> c.signal() == DateCandidate.Signal.BYLINE
                && c.precision() == DatePrecision.DAY).forEach(c -> bylines.add(c.date()));
        stamps.stream().filter(s -> s.source() == DateSource.BYLINE && s.hasYear())
                .forEach(s -> bylines.add(s.date().get()));
        if (bylines.isEmpty()) {
            return Map.of();
        }
        List<WrittenDates.WeekdayDay> days = writtenDates.findWithWeekday(text, bodyStart, text.length());
        Set<Integer> years = NearbyYear.writtenIn(unanchored).stream().map(w -> w.date().getYear())
                .collect(Collectors.toSet());
        Map<LocalDate, String> clock = new TreeMap<>();
        for (LocalDate d : bylines) {
            SiteClock.contradiction(d, days, years).ifPresent(why -> clock.put(d, why));
        }
        return clock;
    }
}
