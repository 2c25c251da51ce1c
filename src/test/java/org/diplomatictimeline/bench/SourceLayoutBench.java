package org.diplomatictimeline.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.DateModifier;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSpan;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Evidence;
import org.diplomatictimeline.source.ParagraphLayout;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Cost of cutting a long document into highlighted runs (the source view's pure step, off-screen). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SourceLayoutBench {

    /** Number of paragraphs; each carries one evidence span, every third overlapping the next paragraph's. */
    @Param({"100", "1000", "10000"})
    public int paragraphs;

    private String text;
    private List<Event> events;

    @Setup
    public void setUp() {
        StringBuilder sb = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < paragraphs; i++) {
            int start = sb.length();
            sb.append("Paragraph ").append(i).append(": the delegations met again and talked about fishing quotas, ")
                    .append("ports and the schedule of the next round of consultations in the capital.\n\n");
            spans.add(new int[] {start + 13, start + 60 + (i % 3 == 0 ? 100 : 0)});
        }
        text = sb.toString();
        events = new ArrayList<>();
        EventDate when = new EventDate("2021-03-01", null, DatePrecision.DAY, DateModifier.NONE, DateBasis.STATED,
                DateSpan.ofDay(LocalDate.of(2021, 3, 1)), "");
        for (int i = 0; i < spans.size(); i++) {
            int s = spans.get(i)[0];
            int e = Math.min(text.length(), spans.get(i)[1]);
            events.add(new Event("e" + i, "Event " + i, EventType.TALKS, EventStatus.HAPPENED, when, null, List.of(),
                    List.of(), List.of(new Evidence("doc", s, e, text.substring(s, e))), 0.5));
        }
    }

    @Benchmark
    public Object layout() {
        return ParagraphLayout.layout("doc", text, events);
    }
}
