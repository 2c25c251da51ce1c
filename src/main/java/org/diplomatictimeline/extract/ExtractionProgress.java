package org.diplomatictimeline.extract;

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
}
