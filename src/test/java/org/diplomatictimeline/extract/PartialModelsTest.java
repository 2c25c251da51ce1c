package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.DocumentInfo;
import org.diplomatictimeline.model.EventModel;
import org.junit.jupiter.api.Test;

/** While articles are still being analysed, the events of those done so far go out in a few merged batches. */
class PartialModelsTest {

    private final List<String> sent = new ArrayList<>();

    /** A "merge" that names the finished articles, so the test sees which ones each partial model held. */
    private static EventModel namesOf(List<String> done) {
        return new EventModel(done.stream().map(id -> new DocumentInfo(id, id, "", DocumentDate.unknown(""), "en")).toList(), List.of());
    }

    private ExtractionProgress recording(Runnable afterEach) {
        return new ExtractionProgress() {
            @Override
            public boolean wantsPartialModels() {
                return true;
            }

            @Override
            public void partialModel(EventModel model, int done, int total) {
                sent.add(done + "/" + total + " " + model.documents().stream().map(DocumentInfo::id).toList());
                afterEach.run();
            }
        };
    }

    @Test
    void theArticlesDoneSoFarAreSentWhileTheOthersRun() {
        CompletableFuture<String> first = CompletableFuture.completedFuture("a");
        CompletableFuture<String> second = new CompletableFuture<>();
        CompletableFuture<String> third = CompletableFuture.completedFuture("c");

        // The second article finishes only once the partial model of the others is out.
        new PartialModels<String>(recording(() -> second.complete("b")), PartialModelsTest::namesOf, 1)
                .sendWhileWaiting(List.of(first, second, third));

        assertThat(sent).containsExactly("2/3 [a, c]");
    }

    @Test
    void nothingIsSentWhenEveryArticleIsDoneBeforeTheFirstInterval() {
        new PartialModels<String>(recording(() -> { }), PartialModelsTest::namesOf)
                .sendWhileWaiting(List.of(CompletableFuture.completedFuture("a"),
                        CompletableFuture.completedFuture("b")));

        assertThat(sent).isEmpty();
    }

    @Test
    void nothingIsSentOnceThreeQuartersAreDone() {
        CompletableFuture<String> last = new CompletableFuture<>();
        CompletableFuture<String> third = new CompletableFuture<>();
        List<CompletableFuture<String>> four = List.of(CompletableFuture.completedFuture("a"),
                CompletableFuture.completedFuture("b"), third, last);
        // Two of four done: sent; then the third finishes, and three of four are not worth a merge of their own.
        new PartialModels<String>(recording(() -> {
            third.complete("c");
            CompletableFuture.delayedExecutor(30, TimeUnit.MILLISECONDS)
                    .execute(() -> last.complete("d"));
        }), PartialModelsTest::namesOf, 1).sendWhileWaiting(four);

        assertThat(sent).containsExactly("2/4 [a, b]");
        assertThat(PartialModels.nearlyAll(2, 4)).isFalse();
        assertThat(PartialModels.nearlyAll(74, 100)).isFalse();
        assertThat(PartialModels.nearlyAll(75, 100)).isTrue();
        assertThat(PartialModels.nearlyAll(3, 3)).isTrue();
    }

    @Test
    void aFailedArticleIsLeftOutAndLeftToTheCaller() {
        CompletableFuture<String> failed = CompletableFuture.failedFuture(new IllegalStateException("bad file"));
        CompletableFuture<String> late = new CompletableFuture<>();

        new PartialModels<String>(recording(() -> late.complete("z")), PartialModelsTest::namesOf, 1)
                .sendWhileWaiting(List.of(failed, CompletableFuture.completedFuture("a"), late));

        assertThat(sent).containsExactly("1/3 [a]");
        assertThat(failed).isCompletedExceptionally();
    }
}
