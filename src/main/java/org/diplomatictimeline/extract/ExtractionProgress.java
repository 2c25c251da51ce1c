package org.diplomatictimeline.extract;

import org.diplomatictimeline.model.EventModel;

/** What a running extraction reports (documents analysed) and asks (whether to stop); called from any thread. */
public interface ExtractionProgress {

    /** Reports nothing and never stops. */
    ExtractionProgress NONE = new ExtractionProgress() {
    };

    /** True once the caller no longer wants the result: documents not yet started are skipped. */
    default boolean isCancelled() {
        return false;
    }

    /** {@code done} of {@code total} documents analysed; calls may come from several threads, out of order. */
    default void documentsAnalysed(int done, int total) {
    }

    /**
     * True when the caller wants {@link #partialModel} while a long extraction runs (a window showing events as
     * they come); each costs a merge of the articles done so far, so batch callers leave it false.
     */
    default boolean wantsPartialModels() {
        return false;
    }

    /**
     * The events of the first {@code done} of {@code total} articles to finish, merged; sent now and then (at
     * growing intervals) from the thread that called {@code extract}, never after the complete model is returned.
     */
    default void partialModel(EventModel model, int done, int total) {
    }
}
