package org.diplomatictimeline.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One tagging run over one text range: walks the tokens once, asks the rule sets for the longest expression starting at
 * each token, wraps it in modifiers and ranges ("early June", "since 2014", "from 12 to 13 May") and emits it.
 * Not thread-safe; the tagger creates one per call.
 */
final class Scan {

    /** A calendar date's value (year, month or day), compiled once: asked of every candidate. */
    private static final Pattern CALENDAR_VALUE = Pattern.compile(
            "\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Map<String, String> PREFIX_MODS = Map.ofEntries(
            Map.entry("early", "EARLY"), Map.entry("mid", "MID"), Map.entry("late", "LATE"),
            Map.entry("since", "ON_OR_AFTER"), Map.entry("before", "BEFORE"), Map.entry("after", "AFTER"),
            Map.entry("about", "APPROX"), Map.entry("around", "APPROX"), Map.entry("approximately", "APPROX"),
            Map.entry("roughly", "APPROX"), Map.entry("nearly", "APPROX"), Map.entry("almost", "APPROX"),
            Map.entry("circa", "APPROX"), Map.entry("some", "APPROX"));

    final String text;
    final List<Token> tokens;
    final LocalDate anchor;
    final Vocabulary vocab = Vocabulary.get();
    private final CalendarRules calendar;
    /** The last day-precise date emitted so far: what "the day" and "the same day" refer back to. */
    private String lastDay;
    /** The last calendar date of any precision emitted so far (a year, a month or a day). */
    private String lastDate;
    private final RelativeRules relative;
    private final AnniversaryRules anniversaries;
    private final ForeignRelativeRules foreign;
    private final ElapsedRules elapsed;
    private final HolidayRules holidays;
    private final WeekdayInWeek weekInWeek;

    Scan(String text, int from, int to, LocalDate anchor) {
        this.text = text;
        this.tokens = Tokenizer.tokenize(text, from, to);
        this.anchor = anchor;
        this.calendar = new CalendarRules(this);
        this.relative = new RelativeRules(this);
        this.anniversaries = new AnniversaryRules(this);
        this.foreign = new ForeignRelativeRules(this);
        this.elapsed = new ElapsedRules(this);
        this.holidays = new HolidayRules(this);
        this.weekInWeek = new WeekdayInWeek(this);
    }

    List<Timex> run() {
        List<Timex> out = new ArrayList<>();
        int i = 0;
        int consumed = 0;
        int n = tokens.size();
        while (i < n) {
            Token t = tokens.get(i);
            if (t.isWord() && !vocab.canStart(t.lower()) || t.kind() == TokenKind.PUNCT && !t.is("'") && !t.is("’")) {
                i++;
                continue;
            }
            Candidate c = withPrefix(i);
            if (c == null) {
                i++;
                continue;
            }
            if (c.first() < consumed) {
                // A rule reached back over a word ("over the years"); never overlap what was already emitted.
                c = c.withSpan(consumed, c.end());
            }
            consumed = c.end();
            Token first = tokens.get(c.first());
            Token last = tokens.get(c.end() - 1);
            out.add(new Timex(first.start(), last.end(), text.substring(first.start(), last.end()), c.type(),
                    c.value(), c.mod(), c.endValue(), c.relative()));
            if (c.type() != TimexType.DURATION && c.type() != TimexType.SET && c.value().length() >= 10
                    && Character.isDigit(c.value().charAt(0)) && c.value().charAt(4) == '-'
                    && Character.isDigit(c.value().charAt(9))) {
                lastDay = c.value().substring(0, 10);
            }
            if (c.type() == TimexType.DATE && CALENDAR_VALUE.matcher(c.value()).matches()) {
                lastDate = c.value();
            }
            i = c.end();
        }
        return out;
    }

    /** The day that "the day after" and "two days later" count from: the last day mentioned, else the anchor. */
    LocalDate referenceDay() {
        if (lastDay != null && !lastDay.startsWith("X")) {
            try {
                return LocalDate.parse(lastDay);
            } catch (DateTimeException e) {
                return anchor;
            }
        }
        return anchor;
    }

    /**
     * The first day of the last date mentioned before the current position if it is told at least as finely as
     * {@code unit} ("in March" for a month, "in 2014" for a year), else null: what "the following month" counts
     * from in a story told in the past.
     */
    LocalDate referenceFor(Unit unit) {
        if (lastDate == null) {
            return null;
        }
        int needed = unit == Unit.YEAR ? 4 : unit == Unit.MONTH ? 7 : unit == Unit.WEEK || unit == Unit.DAY ? 10 : 99;
        if (lastDate.length() < needed) {
            return null;
        }
        String day = lastDate.length() == 4 ? lastDate + "-01-01" : lastDate.length() == 7 ? lastDate + "-01" : lastDate;
        try {
            return LocalDate.parse(day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The last day-precise date mentioned before the current position, or null. */
    String lastDay() {
        return lastDay;
    }

    /** The longest expression at i, with a leading modifier or range opener when one applies. */
    private Candidate withPrefix(int i) {
        Token t = tokens.get(i);
        if (t.isWord()) {
            Candidate range = range(i);
            if (range != null) {
                return range;
            }
            Candidate modified = modified(i);
            if (modified != null) {
                return modified;
            }
        }
        return core(i);
    }

    /** The longest expression starting exactly at i, with a trailing "to"/"-" range when one follows. */
    Candidate core(int i) {
        Candidate c = Candidate.longer(calendar.match(i), relative.match(i));
        c = Candidate.longer(c, anniversaries.match(i));
        c = Candidate.longer(c, foreign.match(i));
        c = Candidate.longer(c, elapsed.match(i));
        c = Candidate.longer(c, holidays.match(i));
        if (c == null) {
            return null;
        }
        c = weekInWeek.placed(withClock(c));
        int k = c.end();
        if (c.endValue() == null && c.type() == TimexType.DATE && k + 1 < tokens.size()
                && (dash(k) || word(k, "to") || word(k, "until") || word(k, "through"))
                && !c.value().endsWith("REF")) {
            Candidate second = Candidate.longer(calendar.match(k + 1), relative.match(k + 1));
            if (second != null && second.type() == TimexType.DATE && second.endValue() == null
                    && samePrecision(c.value(), second.value())) {
                return c.withEnd(second.end(), second.value(), second.relative());
            }
        }
        return c;
    }

    /** "13 May 2019 17:52", "June 5, at 3 p.m.": a day followed by a clock time becomes one TIME. */
    private Candidate withClock(Candidate c) {
        if (c.type() != TimexType.DATE || c.endValue() != null || c.value().length() != 10
                || !Character.isDigit(c.value().charAt(0))) {
            return c;
        }
        int k = c.end();
        if (punct(k, ",")) {
            k++;
        }
        if (word(k, "at")) {
            k++;
        }
        Candidate clock = relative.clockAt(k);
        if (clock == null || clock.first() != k) {
            return c;
        }
        String time = clock.value().substring(clock.value().indexOf('T'));
        return new Candidate(c.first(), clock.end(), TimexType.TIME, c.value() + time, c.mod(), null, c.relative());
    }

    private Candidate range(int i) {
        boolean from = word(i, "from") || TimeLexicon.get().is(tokens.get(i).lower(), TimeLexicon.Kind.RANGE_FROM);
        boolean between = word(i, "between");
        if (!from && !between) {
            return null;
        }
        Candidate a = core(i + 1);
        if (a == null || a.type() != TimexType.DATE) {
            return null;
        }
        if (a.endValue() != null) {
            return a.withSpan(i, a.end());
        }
        int k = a.end();
        boolean joined = between ? word(k, "and")
                : word(k, "to") || word(k, "until") || word(k, "till") || word(k, "through") || dash(k)
                || tok(k) != null && TimeLexicon.get().is(tok(k).lower(), TimeLexicon.Kind.RANGE_TO);
        if (!joined) {
            return null;
        }
        Candidate b = core(k + 1);
        if (b == null || b.type() != TimexType.DATE) {
            return null;
        }
        return new Candidate(i, b.end(), TimexType.DATE, a.value(), a.mod(), b.value(),
                a.relative() || b.relative());
    }

    private Candidate modified(int i) {
        int k = i;
        String mod = null;
        if (word(i, "the") && (word(i + 1, "end") || word(i + 1, "beginning") || word(i + 1, "start")
                || word(i + 1, "middle")) && word(i + 2, "of")) {
            mod = word(i + 1, "end") ? "END" : word(i + 1, "middle") ? "MID" : "START";
            k = i + 3;
        } else if ((word(i, "at") || word(i, "towards") || word(i, "toward")) && word(i + 1, "the")
                && (word(i + 2, "end") || word(i + 2, "beginning") || word(i + 2, "start")) && word(i + 3, "of")) {
            return null;
        } else {
            String m = PREFIX_MODS.get(tokens.get(i).lower());
            if (m == null) {
                return null;
            }
            mod = m;
            k = i + 1;
            if (m.equals("MID") && dash(k) && adjacent(k)) {
                k++;
            } else if (word(i, "early") || word(i, "late")) {
                if (dash(k) && adjacent(k)) {
                    k++;
                } else if (word(k, "in")) {
                    k++;
                    if (word(k, "the")) {
                        k++;
                    }
                }
            }
        }
        Candidate c = core(k);
        if (c == null) {
            return null;
        }
        boolean isDate = c.type() == TimexType.DATE || c.type() == TimexType.TIME;
        boolean isDuration = c.type() == TimexType.DURATION;
        if (mod.equals("APPROX") ? !(isDate || isDuration) : !isDate) {
            return null;
        }
        if (word(i, "some") && !isDuration || c.value().endsWith("REF") || c.mod() != null) {
            return null;
        }
        if (mod.equals("BEFORE") || mod.equals("AFTER") || mod.equals("ON_OR_AFTER")) {
            // TimeML keeps the signal words "since", "before", "after" outside the expression; the modifier carries
            // their meaning.
            return c.withMod(mod);
        }
        return c.withSpan(i, c.end()).withMod(mod);
    }

    private static boolean samePrecision(String a, String b) {
        return a.length() == b.length() && Character.isDigit(a.charAt(0)) == Character.isDigit(b.charAt(0));
    }

    Direction direction(int first, int end) {
        return TenseCues.direction(tokens, first, end);
    }

    Token tok(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
    }

    boolean word(int i, String lower) {
        Token t = tok(i);
        return t != null && t.isWord() && t.lower().equals(lower);
    }

    boolean punct(int i, String s) {
        Token t = tok(i);
        return t != null && t.kind() == TokenKind.PUNCT && t.text().equals(s);
    }

    boolean dash(int i) {
        return punct(i, "-") || punct(i, "–") || punct(i, "—") || punct(i, "‑");
    }

    /** True when token i exists and touches the previous one (no space between). */
    boolean adjacent(int i) {
        Token t = tok(i);
        return t != null && !t.spaceBefore();
    }

    boolean number(int i) {
        Token t = tok(i);
        return t != null && t.isNumber();
    }

    int size() {
        return tokens.size();
    }
}
