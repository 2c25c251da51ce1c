package org.diplomatictimeline.extract;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.time.Timex;
import org.diplomatictimeline.time.TimexType;

/**
 * Dates an event from its clause: the nearest temporal expression that dates it (not one naming a thing, nor one
 * inside a relative clause about something else; see {@link DateScope}), the encounter told just before
 * ("the same day", {@link SequenceDay}), a bare day of the month ({@link DayOfMonth}), an enclosing event, "then",
 * the reporting clause, or the article's date by tense.
 */
final class ClauseDater {

    private final EventDateResolver dates = new EventDateResolver();
    private final ReportDating report = new ReportDating(dates);
    private final ClosingDay closingDay = new ClosingDay(dates);

    /** The first sentences of an article: its lead, which tells the news of the article's day. */
    static final int LEAD_SENTENCES = 2;

    EventDate dateOf(Clause c, Trigger t, EventMention lastDatedFamily) {
        return dateOf(c, t, lastDatedFamily, List.of());
    }

    /**
     * The event's date, where {@code others} are the sentence's other event words: a cue before the trigger
     * ("after attending the summit") is about the trigger only when no other event's word stands between them.
     */
    EventDate dateOf(Clause c, Trigger t, EventMention lastDatedFamily, List<Trigger> others) {
        boolean triggerInAttribution = c.attributions().values().stream().anyMatch(a -> t.start() >= a[0]
                && t.end() <= a[1]);
        List<Timex> usable = c.timexes().stream().filter(EventDateResolver::canDate)
                .filter(x -> triggerInAttribution || !c.insideAnyAttribution(x.start()))
                .filter(x -> !AttributiveYear.names(c, x) || AttributiveYear.datesItsNoun(c, x, t))
                .filter(x -> !DateScope.inOtherClause(c, x, t, others))
                .filter(x -> !DateScope.inClauseOfOtherEvent(c, x, t, others))
                .filter(x -> !ContrastClauses.dateAcross(c.tokens(), x.start(), x.end(), t, others))
                .filter(x -> !ReportDating.datesTheAnnouncement(c, x, t) && !ReportDating.datesTheTelling(c, x, t))
                .filter(x -> !DateScope.deadline(c, x) && !DateScope.term(c, x))
                .filter(x -> !ComparedOccasion.datesTheOther(c, x, t))
                .filter(x -> !DateScope.sinceAfterTrigger(c, x, t, others))
                .filter(x -> !DateScope.oldYearOutOfReach(c, x, t) && !DateScope.ofAnotherAct(c, x, t, others))
                .toList();
        List<Timex> found = usable;
        // the phrase's own count ("a day after") may be read as a time of its own; any other date dates the sentence
        Optional<AnchoredPhrase> fromTheNews = AnchoredPhrase.of(c, t, others).filter(p -> p.newsVerbEnd(c) >= 0
                && found.stream().allMatch(x -> x.start() >= p.newsVerbEnd(c) && x.end() <= t.start()));
        if (fromTheNews.isPresent() && c.docDate().isKnown() && c.docDate().precision() == DatePrecision.DAY) {
            // "The announcement comes a day after the summit in Quito": the sentence tells the article's own news,
            // so the summit lies that many days before the article's date, not after an encounter told earlier.
            return fromTheNews.get().from(dates.reportedBy(c.docDate()));
        }
        Optional<SequenceDay.Cue> sequence = SequenceDay.find(c.tokens(), others);
        if (sequence.isPresent() && usable.stream().allMatch(sequence.get()::covers)
                && SequenceDay.reaches(sequence.get(), c.tokens(), t)) {
            // "The same day he will address ...", "the next day he flew to ...": the day of the encounter just told;
            // "the previous day", with no encounter told before it, the day before the article's
            Optional<EventDate> d = SequenceDay.after(sequence.get(), lastDatedFamily)
                    .or(() -> lastDatedFamily == null ? SequenceDay.beforeArticle(sequence.get(), c.docDate())
                            : Optional.empty());
            if (d.isPresent()) {
                return d.get();
            }
        }
        Optional<AnchoredPhrase> phrase = AnchoredPhrase.of(c, t, others);
        if (phrase.isPresent() && usable.stream().noneMatch(phrase.get()::holds) && !usable.isEmpty()) {
            // "on Sept. 10, after attending the summit": the sentence's date is the other event's, this one is
            // set against it.
            Timex anchor = withDay(usable, EventDateResolver.nearest(usable, phrase.get().start()).get());
            // The anchor's day is turned by the tense of the sentence's other event, not by this one's ("will
            // receive him on Monday, the day after taking office"; "awaits him on Thursday, a day after he met").
            EventStatus main = others.stream().filter(o -> o != t && !phrase.get().covers(o))
                    .map(Trigger::status).filter(Objects::nonNull).findFirst().orElse(null);
            return phrase.get().from(dates.directed(dates.fromTimex(anchor, null, false, c.docDate(), c.toldDays()),
                    anchor, main,
                    c.docDate()));
        }
        if (phrase.isPresent()) {
            usable = usable.stream().filter(phrase.get()::holds).toList();
        }
        List<Timex> candidates = usable;
        Optional<Timex> timex = GapNearestDate.of(usable, t.start(), t.end(), c.doc().text())
                .map(x -> withDay(c.timexes(), EndingDay.opening(c, candidates, x)))
                .map(x -> CoordinatedDays.joined(c, candidates, x));
        if (timex.isPresent()) {
            Timex length = TriggerDuration.of(c, t);
            // "received the envoy on Monday during his four-day stay": the day is the meeting's, inside the stay
            boolean during = length != null && DuringOccasion.opens(c, t);
            EventDate d = dates.directed(dates.fromTimex(timex.get(), during ? null : length,
                    EndingDay.between(c, t, timex.get()), c.docDate(), c.toldDays()), timex.get(),
                    DateClauseTense.direction(c, t, timex.get()), c.docDate());
            d = during ? DuringOccasion.onSomeDay(d, length) : d;
            if (BackgroundTense.told(c.tokens(), t)) {
                d = dates.beforeArticle(d, timex.get(), c.docDate()); // "first planned for July, it had been put off"
            }
            return ItineraryDay.within(d, timex.get(), c, lastDatedFamily != null ? lastDatedFamily : c.enclosing(),
                    t.status(), dates);
        }
        Optional<EventDate> bareDay = bareDayOfMonth(c, t, lastDatedFamily);
        if (bareDay.isPresent()) {
            return bareDay.get();
        }
        boolean plan = t.status() == EventStatus.PLANNED; // "had confirmed they would attend": still to come
        if (!plan && BackgroundTense.governs(c.tokens(), t) && c.docDate().isKnown()) {
            // "Khan had made his maiden visit to the Gulf": an earlier occasion, never the encounter told before
            return dates.beforeTheNews(c.docDate(), false, BEFORE_THE_NEWS);
        }
        if (!plan && BackgroundTense.recent(c.tokens(), t) && c.docDate().isKnown()) {
            return dates.beforeTheNews(c.docDate(), true, BEFORE_THE_NEWS); // "his recent visit to Egypt"
        }
        if (c.withinCue() != null && c.enclosing() != null) {
            return dates.within(c.enclosing().when(), c.withinCue().trim(),
                    c.enclosing().type().label().toLowerCase(),
                    t.status() == EventStatus.PLANNED || c.enclosing().status() == EventStatus.PLANNED
                    || t.type() == c.enclosing().type()); // "during the visit": the visit itself, all its days
        }
        boolean then = c.tokens().stream().anyMatch(k -> k.lower().equals("then") && k.start() < t.start());
        if (then && lastDatedFamily != null && lastDatedFamily.when().span() != null
                && lastDatedFamily.when().precision() == DatePrecision.YEAR) {
            // "It was then that ...", after an occasion known only to its year: within that year, not its last day
            return within(lastDatedFamily, "then");
        }
        if (then && lastDatedFamily != null && lastDatedFamily.when().span() != null) {
            return dates.after(lastDatedFamily.when(), "the " + lastDatedFamily.type().label().toLowerCase()
                    + " reported earlier", c.docDate(), t.status() == EventStatus.HAPPENED);
        }
        Optional<EventDate> reported = report.dateOf(c, t, others);
        if (reported.isPresent()) {
            return reported.get();
        }
        boolean lead = t.status() == null && c.order() <= LEAD_SENTENCES && prose(c);
        if (t.status() == EventStatus.HAPPENED && lastDatedFamily != null && cannotJoin(t, lastDatedFamily)
                && lastDatedFamily.status() == EventStatus.HAPPENED && MergeRule.singleDay(lastDatedFamily.when())) {
            // "The talks began on Thursday. ... fresh from a conference call with ...": a call the sentence does
            // not date, told as done right after a day's encounter, is told in that day's news.
            return within(lastDatedFamily, "told after the " + lastDatedFamily.type().label()
                    .toLowerCase(Locale.ROOT));
        }
        if ((t.status() == EventStatus.HAPPENED || lead) && cannotJoin(t, lastDatedFamily)
                && cannotJoin(t, c.enclosing())) {
            // Told in the past before any dated encounter: the news of the day. After one, an undated sentence
            // most often goes on about that encounter ("The two ministers discussed ..."), so it stays undated
            // and joins it. An article's lead tells the day's news even where its tense cannot be read.
            return dates.byTense(c.docDate(), c.toldDays());
        }
        return EventDate.unknown("no date in the sentence");
    }

    /**
     * "Biden arrives on the night of the 14th", "per il 23 è in agenda un pranzo": a day of the month without its
     * month, read against the day of the encounter told before, else the article's day.
     */
    private static Optional<EventDate> bareDayOfMonth(Clause c, Trigger t, EventMention previous) {
        EventMention told = previous != null ? previous : c.enclosing();
        if (told != null && told.when().isKnown() && told.when().span() != null
                && told.when().precision() == DatePrecision.DAY) {
            return DayOfMonth.of(c.doc().text(), c.sentence().start(), c.sentence().end(), t.start(),
                    told.when().span().first(), "the " + told.type().label().toLowerCase(Locale.ROOT)
                    + " told before");
        }
        if (c.docDate().isKnown() && c.docDate().precision() == DatePrecision.DAY) {
            return DayOfMonth.of(c.doc().text(), c.sentence().start(), c.sentence().end(), t.start(),
                    IsoDays.parse(c.docDate().value()), "the article's date");
        }
        return Optional.empty();
    }

    /** How far a clock time may stand from its day ("1440 GMT on Thursday", "Monday at 10 a.m."). */
    private static final int CLOCK_GAP = 4;

    /**
     * The day a clock time is told with: the tagger places "1440 GMT" on the article's day, while the weekday
     * right next to it says which day it is.
     */
    static Timex withDay(List<Timex> timexes, Timex x) {
        if (x.type() != TimexType.TIME) {
            return x;
        }
        for (Timex y : timexes) {
            boolean next = y.start() >= x.end() && y.start() - x.end() <= CLOCK_GAP
                    || x.start() >= y.end() && x.start() - y.end() <= CLOCK_GAP;
            if (next && y.type() == TimexType.DATE && EventDateResolver.canDate(y)) {
                return y;
            }
        }
        return x;
    }

    /** A sentence that ends as prose does; a headline ("X heads to Tokyo for state visit") often tells a plan. */
    static boolean prose(Clause c) {
        String text = c.doc().text();
        int end = c.sentence().end();
        while (end > c.sentence().start() && !Character.isLetterOrDigit(text.charAt(end - 1))
                && ".!?…".indexOf(text.charAt(end - 1)) < 0) {
            end--; // closing quotes and brackets
        }
        return end > c.sentence().start() && ".!?…".indexOf(text.charAt(end - 1)) >= 0;
    }

    /** Ends the reason of a date given to background told in the past perfect with no date of its own. */
    static final String BEFORE_THE_NEWS = " (background told before the news)";

    /**
     * Whether an undated encounter of this trigger cannot be the dated encounter told before it: there is none, or
     * it is an encounter held at no place (a call: event-types.tsv) whose type never makes one event with it
     * ("fresh from a conference call" after "the talks began on Thursday": a call is not the talks), so staying
     * undated to join it would lose the event. Acts (signed, agreed: done at the encounter, dated by it) and
     * gatherings (held somewhere, perhaps inside the encounter) keep waiting for the encounter.
     */
    static boolean cannotJoin(Trigger t, EventMention told) {
        EventTypeProfile profile = EventTypeProfile.of(t.type());
        return told == null || profile.family() == EventTypeProfile.Family.ENCOUNTER && !profile.place()
                && !MergeRule.typesAgree(t.type(), told.type(), MergeRule.Scope.SAME_DOCUMENT);
    }

    /** The last day of the first dated encounter among {@code encounters}, when a closing cue follows the trigger. */
    Optional<EventDate> closing(Clause c, Trigger t, EventMention... encounters) {
        return closingDay.of(c, t, encounters);
    }

    EventDate within(EventMention encounter, String cue) {
        return dates.within(encounter.when(), cue, encounter.type().label().toLowerCase(Locale.ROOT),
                encounter.status() == EventStatus.PLANNED);
    }
}
