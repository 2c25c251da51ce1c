package org.diplomatictimeline.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.diplomatictimeline.time.NewsTemporalTagger;
import org.diplomatictimeline.time.Timex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to tag synthetic news text of 10 KB, 100 KB and 1 MB with one thread: MB/s = size / time, and a constant
 * MB/s across sizes shows the cost is linear in the length.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TemporalTaggerBench {

    @Param({"10000", "100000", "1000000"})
    int size;

    private final NewsTemporalTagger tagger = new NewsTemporalTagger();
    private final LocalDate anchor = LocalDate.of(2019, 6, 5);
    private String text;

    @Setup
    public void setUp() {
        text = NewsTextGenerator.text(size, 42);
    }

    @Benchmark
    public List<Timex> tagWithAnchor() {
        return tagger.tag(text, anchor);
    }
}
