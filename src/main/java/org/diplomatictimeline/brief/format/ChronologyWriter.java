package org.diplomatictimeline.brief.format;

import java.io.IOException;
import java.io.OutputStream;
import org.diplomatictimeline.brief.Chronology;

/** Writes a chronology in one format; the stream is flushed, not closed. */
public interface ChronologyWriter {

    void write(Chronology chronology, OutputStream out) throws IOException;
}
