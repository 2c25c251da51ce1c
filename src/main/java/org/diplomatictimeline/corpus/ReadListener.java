package org.diplomatictimeline.corpus;

/**
 * Hears how far a {@link CorpusReader#read} has got and may ask it to stop, between files and inside a file
 * that comes in parts (the pages of a PDF).
 *
 * <p>Called on the reading thread; an implementation that updates a UI must hand over to the UI thread itself.
 */
public interface ReadListener {

    /** A listener that ignores progress and never cancels. */
    ReadListener NONE = new ReadListener() {
    };

    /**
     * Called before each file with the number of files finished so far, and once at the end with
     * {@code filesDone == filesTotal}.
     *
     * @param currentFile the file about to be read (at the end: the last file read, or "" when there was none)
     */
    default void progress(int filesDone, int filesTotal, String currentFile) {
    }

    /**
     * Asked between files and between the parts of a file; true stops the read, which then returns what it has
     * read so far (a file stopped part-way is not loaded, and is named as cancelled).
     */
    default boolean isCancelled() {
        return false;
    }
}
