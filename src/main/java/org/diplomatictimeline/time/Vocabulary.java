package org.diplomatictimeline.time;

import java.text.DateFormatSymbols;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;

/**
 * The words the recogniser knows: month and weekday names (English by hand with abbreviations; the languages with
 * time data from the JDK's locale data, plus the names their {@link TimeLexicon} data adds), number words, units,
 * seasons and parts of the day.
 */
final class Vocabulary {

    /** The languages with time data other than English, whose month and weekday names come from the JDK. */
    static final List<Locale> FOREIGN = TimeLexicon.get().languages().stream().filter(code -> !code.equals("en"))
            .map(Locale::new).toList();

    private final Map<String, Integer> englishMonths = new HashMap<>();
    private final Map<String, Integer> foreignMonths = new HashMap<>();
    private final Map<String, Integer> weekdays = new HashMap<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Map<String, Integer> ordinals = new HashMap<>();
    private final Map<String, Unit> units = new HashMap<>();
    private final Map<String, String> seasons = new HashMap<>();
    private final Map<String, String> dayParts = new HashMap<>();
    private final Set<String> weekdayAbbreviations = new HashSet<>();
    private final Set<String> capitalisedWeekdays = new HashSet<>();

    private Vocabulary() {
        for (Month m : Month.values()) {
            englishMonths.put(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), m.getValue());
            englishMonths.put(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), m.getValue());
        }
        englishMonths.put("sept", 9);
        for (DayOfWeek d : DayOfWeek.values()) {
            weekdays.put(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), d.getValue());
        }
        for (String[] abbr : new String[][] {{"mon", "1"}, {"tue", "2"}, {"tues", "2"}, {"wed", "3"}, {"thu", "4"},
                {"thur", "4"}, {"thurs", "4"}, {"fri", "5"}, {"sat", "6"}, {"sun", "7"}}) {
            weekdays.put(abbr[0], Integer.parseInt(abbr[1]));
            weekdayAbbreviations.add(abbr[0]);
        }
        for (Locale locale : FOREIGN) {
            addForeignNames(locale);
        }
        addDataNames();
        String[] small = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < small.length; i++) {
            numbers.put(small[i], i);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            numbers.put(tens[i], 20 + 10 * i);
        }
        numbers.put("hundred", 100);
        numbers.put("dozen", 12);
        String[] ord = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth"};
        for (int i = 0; i < ord.length; i++) {
            ordinals.put(ord[i], i + 1);
        }
        String[] tenths = {"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth",
            "ninetieth"};
        for (int i = 0; i < tenths.length; i++) {
            ordinals.put(tenths[i], 20 + 10 * i);
        }
        ordinals.put("hundredth", 100);
        ordinals.put("last", -1);
        ordinals.put("final", -1);
        for (Unit u : Unit.values()) {
            String name = u.name().toLowerCase(Locale.ROOT);
            units.put(name, u);
            units.put(u == Unit.CENTURY ? "centuries" : name + "s", u);
        }
        units.put("fortnight", Unit.WEEK);
        units.put("hrs", Unit.HOUR);
        units.put("mins", Unit.MINUTE);
        seasons.put("spring", "SP");
        seasons.put("summer", "SU");
        seasons.put("autumn", "FA");
        seasons.put("fall", "FA");
        seasons.put("winter", "WI");
        dayParts.put("morning", "MO");
        dayParts.put("afternoon", "AF");
        dayParts.put("evening", "EV");
        dayParts.put("night", "NI");
        dayParts.put("overnight", "NI");
        collectStarts();
    }

    /**
     * Words that can begin an expression: every other word is skipped at once, which keeps the scan cheap on the
     * ordinary words that make up most of a text. Rules that start at a word must list it here.
     */
    private static final Set<String> OTHER_STARTS = Set.of("the", "a", "an", "this", "last", "next", "past",
            "previous", "current", "coming", "following", "earlier", "later", "every", "each", "per", "from",
            "between", "at", "towards", "toward", "early", "mid", "late", "since", "before", "after", "about", "around",
            "approximately", "roughly", "nearly", "almost", "circa", "some", "today", "yesterday", "tomorrow",
            "tonight", "now", "currently", "nowadays", "presently", "recently",
            "lately", "soon", "recent", "annual", "annually", "yearly", "monthly", "weekly", "daily", "quarterly",
            "hourly", "nightly", "noon", "midday", "midnight", "few", "several", "many", "multiple", "numerous",
            "q", "h", "final");

    /** Built after the constants above, which its constructor reads. */
    private static final Vocabulary INSTANCE = new Vocabulary();

    private final Set<String> starts = new HashSet<>();

    private void collectStarts() {
        starts.addAll(englishMonths.keySet());
        starts.addAll(foreignMonths.keySet());
        starts.addAll(TimeLexicon.get().startWords(EnumSet.of(TimeLexicon.Kind.MONTH)));
        starts.addAll(TimeLexicon.get().startWords(ElapsedRules.START_KINDS));
        starts.addAll(TimeLexicon.get().startWords(EnumSet.of(TimeLexicon.Kind.DAY_ORDINAL)));
        starts.addAll(weekdays.keySet());
        starts.addAll(numbers.keySet());
        starts.addAll(ordinals.keySet());
        starts.addAll(units.keySet());
        starts.addAll(seasons.keySet());
        starts.addAll(dayParts.keySet());
        starts.addAll(OTHER_STARTS);
        starts.addAll(ForeignRelativeRules.startWords());
        starts.addAll(HolidayRules.startWords());
    }

    /** True when an expression may start with this (lower-case) word. */
    boolean canStart(String lower) {
        return starts.contains(lower);
    }

    static Vocabulary get() {
        return INSTANCE;
    }

    private void addForeignNames(Locale locale) {
        // Format and stand-alone forms differ in Russian (genitive "мая" in "13 мая", nominative "май").
        for (Month m : Month.values()) {
            for (TextStyle style : new TextStyle[] {TextStyle.FULL, TextStyle.FULL_STANDALONE}) {
                putForeign(foreignMonths, m.getDisplayName(style, locale), m.getValue(), locale);
            }
        }
        if (locale.getLanguage().equals("ru")) {
            // The JDK has the nominative and genitive; "в мае" needs the prepositional, formed regularly from them.
            for (Month m : Month.values()) {
                String nominative = m.getDisplayName(TextStyle.FULL_STANDALONE, locale).toLowerCase(locale);
                String stem = nominative.endsWith("ь") || nominative.endsWith("й")
                        ? nominative.substring(0, nominative.length() - 1) : nominative;
                putForeign(foreignMonths, stem + "е", m.getValue(), locale);
            }
        }
        String[] formatMonths = DateFormatSymbols.getInstance(locale).getMonths();
        for (int i = 0; i < 12; i++) {
            putForeign(foreignMonths, formatMonths[i], i + 1, locale);
        }
        for (DayOfWeek d : DayOfWeek.values()) {
            for (TextStyle style : new TextStyle[] {TextStyle.FULL, TextStyle.FULL_STANDALONE}) {
                String name = d.getDisplayName(style, locale);
                putForeign(weekdays, name, d.getValue(), locale);
                if (locale.getLanguage().equals("ru") && name.endsWith("а")) {
                    // "в среду", "в пятницу": the accusative of the feminine day names, which the JDK does not carry.
                    putForeign(weekdays, name.substring(0, name.length() - 1) + "у", d.getValue(), locale);
                }
            }
        }
    }

    /** One-word names the time data adds to the locale data, and the names that count only when capitalised. */
    private void addDataNames() {
        TimeLexicon lexicon = TimeLexicon.get();
        for (TimeLexicon.Entry e : lexicon.entries(TimeLexicon.Kind.WEEKDAY)) {
            if (e.length() == 1) {
                weekdays.putIfAbsent(e.words().get(0), e.number());
                if (e.flags().contains("cap")) {
                    capitalisedWeekdays.add(e.words().get(0));
                }
            }
        }
        for (TimeLexicon.Entry e : lexicon.entries(TimeLexicon.Kind.MONTH)) {
            if (e.length() == 1) {
                foreignMonths.putIfAbsent(e.words().get(0), e.number());
            }
        }
    }

    private static void putForeign(Map<String, Integer> map, String name, int value, Locale locale) {
        if (name == null || name.isBlank() || Character.isDigit(name.charAt(0))) {
            return;
        }
        String key = name.toLowerCase(locale).replace(".", "").strip();
        map.putIfAbsent(key, value);
    }

    /** Month number 1-12 for an English full or abbreviated name, else 0. */
    int englishMonth(String lower) {
        return englishMonths.getOrDefault(lower, 0);
    }

    /** Month number for a name in a language with time data (any case form the JDK knows), else 0. */
    int foreignMonth(String lower) {
        return foreignMonths.getOrDefault(lower, 0);
    }

    /** ISO day of week 1-7, else 0. */
    int weekday(String lower) {
        return weekdays.getOrDefault(lower, 0);
    }

    /** True for an English weekday abbreviation ("Sun", "Wed"), which counts only next to a date. */
    boolean isWeekdayAbbreviation(String lower) {
        return weekdayAbbreviations.contains(lower);
    }

    /** True for a weekday name that is also a common word in lower case (Indonesian "Minggu" and "minggu"). */
    boolean weekdayNeedsCapital(String lower) {
        return capitalisedWeekdays.contains(lower);
    }

    /** Value of a number word ("two", "forty"), else -1. */
    int numberWord(String lower) {
        return numbers.getOrDefault(lower, -1);
    }

    /** Value of an ordinal word ("third"), -1 for "last"/"final", 0 when not an ordinal. */
    int ordinalWord(String lower) {
        return ordinals.getOrDefault(lower, 0);
    }

    Unit unit(String lower) {
        return units.get(lower);
    }

    /** TIMEX3 season code ("SU") or null. */
    String season(String lower) {
        return seasons.get(lower);
    }

    /** TIMEX3 part-of-day code ("MO") or null. */
    String dayPart(String lower) {
        return dayParts.get(lower);
    }
}
