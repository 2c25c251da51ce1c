package org.diplomatictimeline.corpus;

/** A listener that says "cancelled" once the reader has started on its first file (Cancel pressed during it). */
final class CancelAfterFirstFile implements ReadListener {

    private int started;

    @Override
    public void progress(int filesDone, int filesTotal, String currentFile) {
        started++;
    }

    @Override
    public boolean isCancelled() {
        return started >= 1;
    }
}
