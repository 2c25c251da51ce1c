package org.diplomatictimeline.app;

import java.util.Locale;
import java.util.stream.Collectors;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.DateModifier;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.Participant;

/** Words for model values as the list, the details pane and the status bar show them. */
final class EventLabels {

    private EventLabels() {
    }

    /** "2019-05-13", "2019-06 (month)", "after 2019-06-05", "2019-06-05 – 2019-06-07", or "undated". */
    static String date(EventDate when) {
        if (!when.isKnown()) {
            return "undated";
        }
        String value = when.isRange() ? when.value() + " – " + when.endValue() : when.value();
        String modifier = modifier(when.modifier());
        String text = modifier.isEmpty() ? value : modifier + " " + value;
        return when.precision() == DatePrecision.DAY || when.isRange()
                ? text : text + " (" + when.precisionLabel() + ")";
    }

    /** " (2019-06-05, header)" or " (2019-05-09, inferred from the text)"; empty when the date is unknown. */
    static String documentDate(DocumentDate date) {
        if (!date.isKnown()) {
            return " (undated)";
        }
        String how = switch (date.source()) {
            case HEADER -> "header";
            case DATELINE -> "dateline";
            case BYLINE -> "byline";
            case TEXT -> "inferred from the text";
            case ANNIVERSARY -> "inferred from an anniversary";
            case CORPUS -> "inferred from other articles";
            case NONE -> "unknown";
        };
        return " (" + date.value() + ", " + how + ")";
    }

    static String basis(DateBasis basis) {
        return switch (basis) {
            case STATED -> "stated";
            case RELATIVE -> "relative to article date";
            case INFERRED -> "inferred";
            case UNKNOWN -> "unknown";
        };
    }

    static String status(EventStatus status) {
        return lower(status.name());
    }

    static String participants(Event event) {
        return event.participants().stream().map(Participant::name).collect(Collectors.joining(", "));
    }

    /** "Sergey Lavrov, Foreign Minister (RU)". */
    static String participant(Participant p) {
        StringBuilder sb = new StringBuilder(p.name());
        if (!p.role().isBlank()) {
            sb.append(", ").append(p.role());
        }
        if (!p.countryCode().isBlank() && !p.id().startsWith("country:")) {
            sb.append(" (").append(p.countryCode()).append(')');
        }
        return sb.toString();
    }

    /** A one-line excerpt with line breaks flattened and long text elided in the middle. */
    static String excerpt(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= max) {
            return flat;
        }
        int half = (max - 1) / 2;
        return flat.substring(0, half) + "…" + flat.substring(flat.length() - half);
    }

    private static String modifier(DateModifier m) {
        return switch (m) {
            case NONE -> "";
            case APPROX -> "about";
            case EARLY -> "early";
            case MID -> "mid";
            case LATE -> "late";
            case START -> "start of";
            case END -> "end of";
            case BEFORE -> "before";
            case AFTER -> "after";
            case ON_OR_BEFORE -> "on or before";
            case ON_OR_AFTER -> "on or after";
        };
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
