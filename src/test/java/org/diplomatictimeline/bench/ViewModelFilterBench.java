package org.diplomatictimeline.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.diplomatictimeline.app.EventFilter;
import org.diplomatictimeline.app.Workspace;
import org.diplomatictimeline.app.WorkspaceViewModel;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.DateModifier;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSpan;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Evidence;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Cost of one filter change in the view model (refilter + list update), without any view attached. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ViewModelFilterBench {

    @Param({"1000", "10000", "100000"})
    public int events;

    private WorkspaceViewModel viewModel;
    private EventFilter byType;
    private EventFilter byText;
    private boolean flip;

    @Setup
    public void setUp() {
        EventType[] types = EventType.values();
        List<Event> list = new ArrayList<>(events);
        LocalDate base = LocalDate.of(2000, 1, 1);
        for (int i = 0; i < events; i++) {
            LocalDate day = base.plusDays(i % 9000);
            String text = "Delegation " + i + " met counterparts to discuss trade";
            list.add(new Event("e" + i, "Event " + i, types[i % types.length], EventStatus.HAPPENED,
                    new EventDate(day.toString(), null, DatePrecision.DAY, DateModifier.NONE, DateBasis.STATED,
                            DateSpan.ofDay(day), ""),
                    null, List.of(new Participant("country:C" + i % 50, "Country " + i % 50, ParticipantKind.COUNTRY,
                            "", "C" + i % 50)),
                    List.of("topic" + i % 20), List.of(new Evidence("doc" + i % 500, 0, text.length(), text)), 0.5));
        }
        viewModel = new WorkspaceViewModel();
        viewModel.setWorkspace(new Workspace(List.<Path>of(), new Corpus(List.of(), List.of()),
                new EventModel(List.of(), list)));
        byType = EventFilter.NONE.withTypes(Set.of(EventType.VISIT, EventType.TALKS));
        byText = EventFilter.NONE.withText("counterparts to discuss trade 7");
    }

    @Benchmark
    public int toggleTypeFilter() {
        flip = !flip;
        viewModel.filterProperty().set(flip ? byType : EventFilter.NONE);
        return viewModel.visibleCountProperty().get();
    }

    @Benchmark
    public int toggleTextSearch() {
        flip = !flip;
        viewModel.filterProperty().set(flip ? byText : EventFilter.NONE);
        return viewModel.visibleCountProperty().get();
    }
}
