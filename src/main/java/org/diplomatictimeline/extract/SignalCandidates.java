package org.diplomatictimeline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.diplomatictimeline.extract.docdate.WeekdayCheck;
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

    SignalCandidates(DateWords words) {
        bracketDays = new BracketDays(words);
        addressDates = new AddressDates(words);
        pageStamps = new PageStamps(words);
        todayDates = new TodayDates(words);
    }

    /**
     * What the signals say.
     *
     * @param candidates the dated signals, the header's first
     * @param partials   the signals without a year
     * @param today      the "today" phrases read (the office-year dating asks them again)
     */
    record Gathered(List<DateCandidate> candidates, List<PartialDate> partials, TodayDates.Readings today) {
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
                .collect(Collectors.toSet());
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
        return new Gathered(candidates, partials, today);
    }
}
