package org.diplomatictimeline.io.project;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Run in a child JVM by {@link CrashDuringSaveTest}: saves a big project over the given file slowly, announcing
 * "WRITING" once the temporary holds some bytes, so the parent can kill it mid-write.
 */
public final class SlowSaveChild {

    private SlowSaveChild() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        PrintStream out = System.out;
        ProjectStore store = new ProjectStore(new AtomicFileWriter(stream -> new Throttled(stream, out)));
        store.save(SampleProjects.big(16), target);
        out.println("DONE");
        out.flush();
    }

    /** Passes bytes on, flushing and pausing after each chunk, like a very slow disk. */
    private static final class Throttled extends FilterOutputStream {
        private final PrintStream announce;
        private long written;
        private boolean announced;

        Throttled(OutputStream out, PrintStream announce) {
            super(out);
            this.announce = announce;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            out.flush();
            written += len;
            if (!announced && written >= 64 * 1024) {
                announced = true;
                announce.println("WRITING");
                announce.flush();
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
    }
}
