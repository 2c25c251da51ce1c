package org.diplomatictimeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.diplomatictimeline.table.ResourceTable;

/**
 * The year a numbered occasion of a series held on a fixed cadence names ("the 64th session of the UN General
 * Assembly", "le 28e sommet de l'UA", "القمة العربية العادية ال29"), read from {@code series.tsv} with each language's
 * ordinals ({@link OccasionNumber}): a text that names no year of its own but such an occasion is of its year.
 */
final class SeriesYears {

    private static final SeriesYears STANDARD = new SeriesYears(ResourceTable.read(SeriesYears.class, "series.tsv"));

    /** One stretch of a series: numbers {@code first..last} held {@code perYear} a year from {@code firstYear}. */
    private record Stretch(int first, int last, int firstYear, int perYear, String label, List<String> phrases) {
        int year(int number) {
            return firstYear + Math.floorDiv(number - first, perYear);
        }
    }

    private final List<Stretch> stretches = new ArrayList<>();

    SeriesYears(ResourceTable table) {
        for (ResourceTable.Row row : table.rows()) {
            String[] c = row.cells(7);
            try {
                int first = Integer.parseInt(c[1].strip());
                int last = c[2].strip().equals("-") ? Integer.MAX_VALUE : Integer.parseInt(c[2].strip());
                int perYear = Integer.parseInt(c[4].strip());
                if (perYear < 1 || last < first) {
                    throw row.malformed("no numbers or no cadence: " + row.line());
                }
                List<String> phrases = List.of(c[6].strip().toLowerCase(Locale.ROOT).split("\\|"));
                stretches.add(new Stretch(first, last, Integer.parseInt(c[3].strip()), perYear, c[5].strip(),
                        phrases));
            } catch (NumberFormatException e) {
                throw row.malformed("not a number: " + row.line());
            }
        }
    }

    /** The series bundled with the application. */
    static SeriesYears standard() {
        return STANDARD;
    }

    /** The years the numbered occasions of the sentences name, in text order. */
    List<YearClue> clues(String text, List<Sentence> sentences) {
        List<YearClue> clues = new ArrayList<>();
        for (Sentence s : sentences) {
            String lower = text.substring(s.start(), s.end()).toLowerCase(Locale.ROOT);
            if (lower.length() != s.end() - s.start()) {
                continue; // a case mapping that changed lengths: offsets would not line up
            }
            for (Stretch st : stretches) {
                for (String phrase : st.phrases()) {
                    for (int k = lower.indexOf(phrase); k >= 0; k = lower.indexOf(phrase, k + 1)) {
                        int end = k + phrase.length();
                        if (!wordEdge(lower, k - 1) || !wordEdge(lower, end)) {
                            continue;
                        }
                        OptionalInt n = OccasionNumber.of(text, s.start(), s.end(), s.start() + k, s.start() + end);
                        if (n.isPresent() && n.getAsInt() >= st.first() && n.getAsInt() <= st.last()) {
                            int year = st.year(n.getAsInt());
                            clues.add(new YearClue(year, "the " + ordinal(n.getAsInt()) + " " + st.label()
                                    + " (held in " + year + ")", true));
                        }
                    }
                }
            }
        }
        return clues;
    }

    private static boolean wordEdge(String s, int i) {
        return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
    }

    private static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
