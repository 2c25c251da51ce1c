package org.diplomatictimeline.app;

/** What a running load reports to, and asks of, the user interface. */
public interface LoadProgress {

    /** A progress step; {@code fraction} in [0, 1], or negative when unknown. */
    void update(String message, double fraction);

    /** True once the user cancelled; the pipeline should stop at the next file. */
    boolean isCancelled();

    /** True when the receiver shows {@link #partial} workspaces; a pipeline does not make them otherwise. */
    default boolean wantsPartial() {
        return false;
    }

    /** The events of the articles done so far, while the load goes on; the complete workspace follows. */
    default void partial(Workspace soFar) {
    }

    LoadProgress NONE = new LoadProgress() {
        @Override
        public void update(String message, double fraction) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
