package org.diplomatictimeline.source;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.Evidence;

/**
 * Cuts a document's text into paragraphs and each paragraph into runs covered by the same events' evidence.
 *
 * <p>Pure and free of JavaFX so it can be computed off the FX thread and tested on its own. Evidence that reaches
 * past the text's end (a stale model) is clipped rather than trusted.
 */
public final class ParagraphLayout {

    private ParagraphLayout() {
    }

    /** Lays out {@code text} of document {@code documentId} with the evidence that {@code events} have in it. */
    public static List<Paragraph> layout(String documentId, String text, List<Event> events) {
        return layout(documentId, text, events, 0);
    }

    /** As {@link #layout(String, String, List)}, with a run boundary at {@code bodyStart} (after a date line). */
    public static List<Paragraph> layout(String documentId, String text, List<Event> events, int bodyStart) {
        List<Span> spans = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>();
        if (bodyStart > 0 && bodyStart < text.length()) {
            cuts.add(bodyStart);
        }
        for (Event event : events) {
            for (Evidence ev : event.evidence()) {
                if (!ev.documentId().equals(documentId)) {
                    continue;
                }
                int s = Math.min(ev.start(), text.length());
                int e = Math.min(ev.end(), text.length());
                if (e > s) {
                    spans.add(new Span(s, e, event));
                    cuts.add(s);
                    cuts.add(e);
                }
            }
        }
        spans.sort((a, b) -> Integer.compare(a.start, b.start));
        Sweep sweep = new Sweep(spans);

        List<Paragraph> paragraphs = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            // A CR before the line feed belongs to the break, not to the visible text.
            int visibleEnd = lineEnd > lineStart && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
            paragraphs.add(new Paragraph(lineStart, visibleEnd, runs(lineStart, visibleEnd, cuts, sweep)));
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return paragraphs;
    }

    private static List<EvidenceRun> runs(int from, int to, TreeSet<Integer> cuts, Sweep sweep) {
        List<EvidenceRun> runs = new ArrayList<>();
        int pos = from;
        while (pos < to) {
            Integer next = cuts.higher(pos);
            int runEnd = next == null || next > to ? to : next;
            runs.add(new EvidenceRun(pos, runEnd, sweep.coveringAt(pos)));
            pos = runEnd;
        }
        return runs;
    }

    /**
     * Walks the spans once in text order, keeping those that cover the current offset, so a document with many
     * excerpts costs O((runs + spans) * overlap) rather than a scan of all earlier spans per run.
     */
    private static final class Sweep {
        private final List<Span> byStart;
        private final List<Span> active = new ArrayList<>();
        private int next;

        Sweep(List<Span> byStart) {
            this.byStart = byStart;
        }

        /** The events covering {@code offset}; offsets must not decrease between calls. */
        List<Event> coveringAt(int offset) {
            while (next < byStart.size() && byStart.get(next).start <= offset) {
                active.add(byStart.get(next++));
            }
            active.removeIf(span -> span.end <= offset);
            List<Event> covering = new ArrayList<>(active.size());
            for (Span span : active) {
                if (!covering.contains(span.event)) {
                    covering.add(span.event);
                }
            }
            return covering;
        }
    }

    private record Span(int start, int end, Event event) {
    }
}
