package org.diplomatictimeline.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
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

    /** The first sentences of an article: its lead, which tells the news of the article's day. */
    static final int LEAD_SENTENCES = 2;

    static final Pattern N_DAY = Pattern.compile("(?i)(\\d{1,2}|two|three|four|five|six|seven)[- ]day\\W*\\w*\\W*$");

    /**
     * The date that opens the sentence and is set off by a comma before {@code before} ("On 4 December, X
     * announced ...", "Le 11 décembre, face à la presse, X a déploré ..."): it dates the main clause, so a statement
     * whose own words hold no date is made then.
     */
    static Optional<Timex> opening(Clause c, int before) {
        List<Token> k = c.tokens();
        for (Timex x : c.timexes()) {
            if (x.end() > before || !EventDateResolver.canDate(x)) {
                continue;
            }
            int first = c.tokenBefore(x.start() + 1);
            int after = c.tokenBefore(x.end()) + 1;
            // at most an article or a preposition before it ("On", "Le", "El", "Il"), a comma right after it
            if (first >= 0 && first <= 1 && after < k.size() && k.get(after).lower().equals(",")) {
                return Optional.of(x);
            }
            if (first >= 0 && openedByReport(c, first) && c.doc().text().indexOf(',', x.end()) < before) {
                return Optional.of(x); // "Announcing the curbs on Monday, the ministry noted ...": the same act
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code x} dates the act of announcing the event noun {@code t} rather than the event: "the presidential
     * office on Tuesday announced the prime minister's visit" tells when the visit was announced, not when it is.
     */
    private static boolean datesTheAnnouncement(Clause c, Timex x, Trigger t) {
        if (!t.pos().equals("NOUN")) {
            return false;
        }
        for (java.util.Map.Entry<Trigger, int[]> a : c.attributions().entrySet()) {
            Trigger report = a.getKey();
            if (!EventStatusRules.plainReport(report) && report.pos().equals("VERB") && x.start() >= a.getValue()[0]
                    && x.end() <= report.start() && report.end() <= t.start()
                    && c.doc().text().substring(report.end(), t.start()).indexOf(',') < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence opens with a participle of speaking (rows OPENING of {@code lang/<code>/reporting.tsv}:
     * "Announcing", "Speaking", "Addressing") and no comma closes that phrase before token {@code upTo}.
     */
    private static boolean openedByReport(Clause c, int upTo) {
        List<Token> k = c.tokens();
        if (k.isEmpty() || !LanguageFolders.ownWordsOfKind(c.language() == null ? "en" : c.language(),
                "reporting.tsv", "OPENING").contains(k.get(0).lower())) {
            return false;
        }
        for (int i = 1; i < upTo && i < k.size(); i++) {
            if (k.get(i).lower().equals(",")) {
                return false;
            }
        }
        return true;
    }

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
                .filter(x -> !attributive(c, x)).filter(x -> !DateScope.inOtherClause(c, x, t))
                .filter(x -> !DateScope.inClauseOfOtherEvent(c, x, t, others))
                .filter(x -> !ContrastClauses.dateAcross(c.tokens(), x.start(), x.end(), t, others))
                .filter(x -> !datesTheAnnouncement(c, x, t)).filter(x -> !DateScope.deadline(c, x))
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
        Optional<SequenceDay.Cue> sequence = SequenceDay.find(c.tokens());
        if (sequence.isPresent() && usable.stream().allMatch(sequence.get()::covers)) {
            // "The same day he will address ...", "the next day he flew to ...": the day of the encounter just told
            Optional<EventDate> d = SequenceDay.after(sequence.get(), lastDatedFamily);
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
                    .map(Trigger::status).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            return phrase.get().from(dates.directed(dates.fromTimex(anchor, null, c.docDate()), anchor, main,
                    c.docDate()));
        }
        if (phrase.isPresent()) {
            usable = usable.stream().filter(phrase.get()::holds).toList();
        }
        List<Timex> candidates = usable;
        Optional<Timex> timex = EventDateResolver.nearest(usable, t.start())
                .map(x -> withDay(c.timexes(), EndingDay.opening(c, candidates, x)))
                .map(x -> CoordinatedDays.joined(c, candidates, x));
        if (timex.isPresent()) {
            EventDate d = dates.directed(dates.fromTimex(timex.get(), duration(c, t),
                    EndingDay.between(c, t, timex.get()), c.docDate()), timex.get(),
                    t.status(), c.docDate());
            if (BackgroundTense.told(c.tokens(), t)) {
                d = dates.beforeArticle(d, timex.get(), c.docDate()); // "first planned for July, it had been put off"
            }
            return ItineraryDay.within(d, timex.get(), lastDatedFamily != null ? lastDatedFamily : c.enclosing(),
                    t.status(), c.docDate());
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
                    c.enclosing().type().label().toLowerCase());
        }
        boolean then = c.tokens().stream().anyMatch(k -> k.lower().equals("then") && k.start() < t.start());
        if (then && lastDatedFamily != null && lastDatedFamily.when().span() != null
                && lastDatedFamily.when().precision() == DatePrecision.YEAR) {
            // "It was then that ...", after an occasion known only to its year: within that year, not its last day
            return within(lastDatedFamily, "then");
        }
        if (then && lastDatedFamily != null && lastDatedFamily.when().span() != null) {
            return dates.after(lastDatedFamily.when(), "the " + lastDatedFamily.type().label().toLowerCase()
                    + " reported earlier");
        }
        Optional<EventDate> reported = reportDate(c, t, others);
        if (reported.isPresent()) {
            return reported.get();
        }
        boolean lead = t.status() == null && c.order() <= LEAD_SENTENCES && prose(c);
        if (t.status() == EventStatus.HAPPENED && lastDatedFamily != null && cannotJoin(t, lastDatedFamily)
                && lastDatedFamily.status() == EventStatus.HAPPENED && MergeRule.singleDay(lastDatedFamily.when())) {
            // "The talks began on Thursday. ... fresh from a conference call with ...": a call the sentence does
            // not date, told as done right after a day's encounter, is told in that day's news.
            return within(lastDatedFamily, "told after the " + lastDatedFamily.type().label()
                    .toLowerCase(java.util.Locale.ROOT));
        }
        if ((t.status() == EventStatus.HAPPENED || lead) && cannotJoin(t, lastDatedFamily)
                && cannotJoin(t, c.enclosing())) {
            // Told in the past before any dated encounter: the news of the day. After one, an undated sentence
            // most often goes on about that encounter ("The two ministers discussed ..."), so it stays undated
            // and joins it. An article's lead tells the day's news even where its tense cannot be read.
            return dates.byTense(c.docDate());
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
                    told.when().span().first(), "the " + told.type().label().toLowerCase(java.util.Locale.ROOT)
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
    private static boolean prose(Clause c) {
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

    /** Events the report itself performs: announcing aid, sanctions or recognition is giving them. */
    static final String MADE_BY_REPORT = " (the report makes it)";

    static final Set<EventType> ACTS_OF_REPORT = Set.of(EventType.AID, EventType.SANCTION,
            EventType.RECOGNITION);

    /**
     * "Japan will provide aid ..., the government said on Wednesday": with no date of its own, an aid pledge,
     * sanction or recognition is made by the announcement, so it takes the reporting clause's date. A planned
     * meeting or visit never does (the announcement day is not the day it happens), nor does an agreement
     * unless the clause reports it as already signed. A report told across a contrast from the trigger, beside
     * another of {@code others}, is that event's ("takes effect on Tuesday, while three states have decided to ...").
     */
    Optional<EventDate> reportDate(Clause c, Trigger t, List<Trigger> others) {
        boolean signed = t.type() == EventType.AGREEMENT && t.status() != EventStatus.PLANNED
                && !EventStatusRules.calledOff(t.status());
        if (!ACTS_OF_REPORT.contains(t.type()) && !signed) {
            return Optional.empty();
        }
        List<Timex> inReport = c.timexes().stream().filter(EventDateResolver::canDate)
                .filter(x -> c.insideAnyAttribution(x.start()))
                .filter(x -> !ContrastClauses.dateAcross(c.tokens(), x.start(), x.end(), t, others)).toList();
        return EventDateResolver.nearest(inReport, t.start()).map(x -> {
            EventDate d = dates.fromTimex(x, null, c.docDate());
            return d.isKnown() ? d.withBasis(d.basis() == DateBasis.STATED ? DateBasis.INFERRED : d.basis(),
                    d.reason() + "; the " + t.type().label().toLowerCase(java.util.Locale.ROOT)
                    + " dated by the report '" + x.text() + "'" + MADE_BY_REPORT) : d;
        });
    }

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "this", "their", "his", "her");

    /** A year's value: what {@code value.matches("\\d{4}")} accepts, without compiling a pattern per timex. */
    static boolean fourDigits(String value) {
        if (value.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** "the 2015 Joint Comprehensive Plan of Action": a year naming a thing, not dating the clause's event. */
    static boolean attributive(Clause c, Timex x) {
        if (!fourDigits(x.value())) {
            return false;
        }
        Token previous = null;
        Token next = null;
        for (Token k : c.tokens()) {
            if (k.end() <= x.start()) {
                previous = k;
            } else if (k.start() >= x.end() && next == null) {
                next = k;
            }
        }
        // "Cuba's 1959 revolution": a possessive works as a determiner
        boolean determiner = previous != null && (DETERMINERS.contains(previous.lower())
                || previous.lower().endsWith("'s"));
        return determiner && next != null && Character.isLetter(next.lower().charAt(0));
    }

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

    Timex duration(Clause c, Trigger t) {
        for (Timex x : c.timexes()) {
            if (x.type() == TimexType.DURATION && x.end() <= t.start() && t.start() - x.end() < 12) {
                return x;
            }
        }
        int from = Math.max(c.sentence().start(), t.start() - 20);
        Matcher m = N_DAY.matcher(c.doc().text().substring(from, t.start()));
        if (m.find()) {
            String n = m.group(1).toLowerCase();
            int days = switch (n) {
                case "two" -> 2;
                case "three" -> 3;
                case "four" -> 4;
                case "five" -> 5;
                case "six" -> 6;
                case "seven" -> 7;
                default -> Integer.parseInt(n);
            };
            int start = from + m.start();
            int end = from + m.start() + m.group(1).length() + 4;
            return new Timex(start, end, c.doc().text().substring(start, end), TimexType.DURATION, "P" + days + "D",
                    null, null, false);
        }
        return null;
    }

    /** The date of an earlier encounter for an event told as part of it. */
    /** "at the close of", "à l'issue de" (dating.tsv, kind CLOSING), as word sequences. */
    private static final List<String[]> CLOSING = org.diplomatictimeline.extract.lang.LanguageFolders
            .withWordsOfKind("dating.tsv", "CLOSING").stream().map(p -> p.split("\\+")).toList();
    /** How many words after an occasion's first word a closing cue may start ("conference at the close of"). */
    private static final int CLOSING_REACH = 5;

    /**
     * The date of an occasion that closes an encounter ("told a press conference at the close of the summit"): the
     * last day of the first dated encounter among {@code encounters}; empty when no closing cue follows it.
     */
    Optional<EventDate> closing(Clause c, Trigger t, EventMention... encounters) {
        List<Token> k = c.tokens();
        boolean closes = false;
        for (int i = t.tokenIndex() + 1; i < Math.min(k.size(), t.tokenIndex() + CLOSING_REACH) && !closes; i++) {
            for (String[] words : CLOSING) {
                boolean all = i + words.length <= k.size();
                for (int j = 0; all && j < words.length; j++) {
                    all = k.get(i + j).lower().equals(words[j]);
                }
                closes |= all;
            }
        }
        for (EventMention e : encounters) {
            if (closes && e != null && e.when().isKnown()) {
                return Optional.of(dates.lastDayOf(e.when(), "at the close",
                        e.type().label().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        return Optional.empty();
    }

    EventDate within(EventMention encounter, String cue) {
        return dates.within(encounter.when(), cue, encounter.type().label().toLowerCase(java.util.Locale.ROOT));
    }
}
