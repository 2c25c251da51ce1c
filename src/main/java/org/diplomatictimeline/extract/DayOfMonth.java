package org.diplomatictimeline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.DateModifier;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSpan;
import org.diplomatictimeline.model.EventDate;

/**
 * A day of the month told without its month in a programme ("will arrive on the night of the 14th", "el 21 ... el
 * 23", "per il 23 è in agenda"): the day nearest the encounter told before (or the article's day), in its month or
 * the next or previous one. The patterns live in each language folder's {@code dating.tsv} (kind DAY_OF_MONTH).
 */
final class DayOfMonth {

    private static final List<Pattern> PATTERNS = load();

    private DayOfMonth() {
    }

    private static boolean anyDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 10) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The date of the trigger at {@code at} from the bare day of the month nearest it in {@code text} [from, to),
     * read against {@code reference} (a day); empty when the sentence tells none or there is no reference day.
     */
    static Optional<EventDate> of(String text, int from, int to, int at, LocalDate reference, String referenceName) {
        if (reference == null) {
            return Optional.empty();
        }
        if (!anyDigit(text, from, to)) {
            // Each pattern's day is read by Integer.parseInt, which needs a digit: a sentence without one has none.
            return Optional.empty();
        }
        String sentence = text.substring(from, to);
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(sentence);
            while (m.find()) {
                int distance = Math.abs(from + m.start() - at);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = Integer.parseInt(m.group(1));
                }
            }
        }
        if (best < 1 || best > 31) {
            return Optional.empty();
        }
        LocalDate day = null;
        for (int months = -1; months <= 1; months++) {
            LocalDate month = reference.withDayOfMonth(1).plusMonths(months);
            if (best <= month.lengthOfMonth()) {
                LocalDate candidate = month.withDayOfMonth(best);
                if (day == null || Math.abs(candidate.toEpochDay() - reference.toEpochDay())
                        < Math.abs(day.toEpochDay() - reference.toEpochDay())) {
                    day = candidate;
                }
            }
        }
        if (day == null) {
            return Optional.empty();
        }
        return Optional.of(new EventDate(day.toString(), null, DatePrecision.DAY, DateModifier.NONE,
                DateBasis.RELATIVE, new DateSpan(day, day), "the " + best + " without its month: the day nearest "
                + referenceName + " (" + reference + ")"));
    }

    private static List<Pattern> load() {
        List<Pattern> out = new ArrayList<>();
        for (String line : LanguageFolders.linesOfAll("dating.tsv")) {
            String[] f = line.split("\t", 2);
            if (f.length == 2 && f[0].trim().equals("DAY_OF_MONTH")) {
                out.add(Pattern.compile(f[1].trim()));
            }
        }
        return List.copyOf(out);
    }
}
