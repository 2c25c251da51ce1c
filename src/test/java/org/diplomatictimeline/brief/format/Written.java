package org.diplomatictimeline.brief.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.diplomatictimeline.brief.BriefFixtures;
import org.diplomatictimeline.brief.Chronology;

/** The fixture chronology written in a format, as bytes and text; a copy goes under target/ for a person to look at. */
final class Written {

    private Written() {
    }

    static byte[] bytes(ChronologyFormat format) {
        return bytes(format.writer(), BriefFixtures.chronology(), format.suffix(), format.word());
    }

    static byte[] bytes(ChronologyWriter writer, Chronology c, String suffix, String name) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writer.write(c, out);
            Path dir = Path.of("target", "chronology");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + suffix), out.toByteArray());
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(ChronologyFormat format) {
        return new String(bytes(format), StandardCharsets.UTF_8);
    }
}
