package org.diplomatictimeline.timeline;

import java.util.Locale;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.DateModifier;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventDate;

/** Short texts about an event for tooltips and screen readers: title, date with precision and basis, excerpt. */
public final class EventSummary {

    private static final int EXCERPT_LIMIT = 220;

    private EventSummary() {
    }

    /** "2019-06 (month, stated)", "after 2019-06-05 (day, inferred)", "undated". */
    public static String date(EventDate d) {
        if (!d.isKnown()) {
            return "undated";
        }
        String value = d.isRange() ? d.value() + " – " + d.endValue() : d.value();
        String prefix = switch (d.modifier()) {
            case AFTER -> "after ";
            case ON_OR_AFTER -> "on or after ";
            case BEFORE -> "before ";
            case ON_OR_BEFORE -> "on or before ";
            case APPROX -> "about ";
            case EARLY -> "early ";
            case MID -> "mid ";
            case LATE -> "late ";
            default -> "";
        };
        return prefix + value + " (" + d.precisionLabel() + ", " + d.basis().name().toLowerCase(Locale.ROOT) + ")";
    }

    public static String tooltip(Event e) {
        StringBuilder sb = new StringBuilder(e.title()).append('\n').append(date(e.when()));
        if (e.when().basis() == DateBasis.INFERRED || e.when().basis() == DateBasis.UNKNOWN
                || e.when().modifier() != DateModifier.NONE) {
            if (!e.when().reason().isEmpty()) {
                sb.append("\nWhy: ").append(e.when().reason());
            }
        } else if (!e.when().reason().isEmpty()) {
            sb.append("\nFrom: ").append(e.when().reason());
        }
        if (!e.evidence().isEmpty()) {
            String text = e.evidence().get(0).text().strip().replaceAll("\\s+", " ");
            if (text.length() > EXCERPT_LIMIT) {
                text = text.substring(0, EXCERPT_LIMIT - 1) + "…";
            }
            sb.append("\n“").append(text).append("”");
        }
        return sb.toString();
    }

    /** What a screen reader announces for the selected event. */
    public static String accessible(Event e) {
        return "Selected event: " + e.title() + ", " + date(e.when()) + ", " + e.type().label();
    }
}
