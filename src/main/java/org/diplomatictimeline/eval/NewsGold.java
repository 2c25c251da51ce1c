package org.diplomatictimeline.eval;

import java.util.List;
import java.util.Objects;

/**
 * A news gold set ({@code gold.json} of news-dev): per article its true publication date and the events a careful
 * reader finds in it, each with a date at the precision the text supports.
 */
public record NewsGold(List<Article> articles) {

    public NewsGold {
        articles = List.copyOf(articles);
    }

    /**
     * One article of the gold set.
     *
     * @param file    the article's file name; it is matched to documents by its stem (name without extension)
     * @param docDate the true publication date, or null when it cannot be known
     */
    public record Article(String file, String docDate, List<GoldEvent> events) {

        public Article {
            Objects.requireNonNull(file, "file");
            events = List.copyOf(events);
        }

        /** The file name without folder and extension, the key that joins gold and documents. */
        public String stem() {
            return NewsMatchRule.stem(file);
        }
    }

    /**
     * One gold event.
     *
     * @param type      the gold type word ("meeting", "agreement_signing", ...)
     * @param dateStart ISO date at the text's precision ("2019-05-13", "2019-05", "2019")
     * @param dateEnd   last day of a range, or null
     * @param basis     "explicit", "relative" or "inferred" (as written in the gold file; null when absent)
     * @param place     the place name, or null
     */
    public record GoldEvent(String what, String type, String dateStart, String dateEnd, String basis,
                            List<String> participants, List<String> countries, String place) {

        public GoldEvent {
            what = what == null ? "" : what;
            type = type == null ? "" : type;
            Objects.requireNonNull(dateStart, "date_start");
            participants = List.copyOf(participants);
            countries = List.copyOf(countries);
        }
    }
}
