package org.diplomatictimeline.extract.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.diplomatictimeline.extract.ArticleAnalysis;
import org.diplomatictimeline.extract.DatelineReader;
import org.diplomatictimeline.extract.EventMention;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.DateModifier;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSource;
import org.diplomatictimeline.model.DateSpan;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Evidence;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.diplomatictimeline.model.Place;
import org.diplomatictimeline.model.PlaceKind;

/**
 * Writes an {@link ArticleAnalysis} as compact binary and reads it back, field by field.
 *
 * <p>Binary rather than JSON: reading back a folder of hundreds of articles must cost far less than analysing
 * them, and needs no reflection. Enums are written by name, so a reordered enum reads back right; a renamed or
 * removed constant fails the read, which the cache treats as a stale entry. The layout has no version of its own:
 * the cache key holds a fingerprint of the classes that make and read it.
 */
final class ArticleCodec {

    private ArticleCodec() {
    }

    static byte[] encode(ArticleAnalysis a) {
        return written(4096, out -> {
            writeDocumentDate(out, a.date());
            writeString(out, a.language());
            out.writeBoolean(a.yearlessStamp().isPresent());
            if (a.yearlessStamp().isPresent()) {
                DatelineReader.Stamp s = a.yearlessStamp().get();
                out.writeInt(s.year());
                out.writeInt(s.month());
                out.writeInt(s.day());
                writeEnum(out, s.source());
                writeString(out, s.text());
                out.writeInt(s.offset());
            }
            out.writeInt(a.mentions().size());
            for (EventMention m : a.mentions()) {
                writeMention(out, m);
            }
        });
    }

    /** What a writer puts into a stream. */
    interface Writing {
        void write(DataOutputStream out) throws IOException;
    }

    /** The bytes {@code writing} writes, in a buffer of {@code size} to begin with. */
    static byte[] written(int size, Writing writing) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(size);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writing.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /**
     * The analysis the bytes hold.
     *
     * @throws IOException when they do not hold one (cut short, garbled, a constant this build does not know)
     */
    static ArticleAnalysis decode(byte[] bytes) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            DocumentDate date = readDocumentDate(in);
            String language = readString(in);
            Optional<DatelineReader.Stamp> stamp = Optional.empty();
            if (in.readBoolean()) {
                stamp = Optional.of(new DatelineReader.Stamp(in.readInt(), in.readInt(), in.readInt(),
                        readEnum(in, DateSource.class), readString(in), in.readInt()));
            }
            int n = count(in);
            List<EventMention> mentions = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                mentions.add(readMention(in));
            }
            if (in.available() != 0) {
                throw new IOException("trailing bytes after the analysis");
            }
            return new ArticleAnalysis(date, language, stamp, mentions);
        } catch (RuntimeException e) {
            // A record's own checks (null where a value is required, offsets out of order) reject garbled data.
            throw new IOException("not a valid analysis: " + e, e);
        }
    }

    private static void writeMention(DataOutputStream out, EventMention m) throws IOException {
        writeString(out, m.documentId());
        out.writeInt(m.order());
        writeEnum(out, m.type());
        writeEnum(out, m.status());
        writeEventDate(out, m.when());
        out.writeInt(m.places().size());
        for (Place p : m.places()) {
            writePlace(out, p);
        }
        writeParticipants(out, m.participants());
        writeStrings(out, m.topics());
        writeEvidence(out, m.evidence());
        writeString(out, m.name());
        writeString(out, m.key());
        out.writeBoolean(m.anaphoric());
        writeDocumentDate(out, m.documentDate());
        out.writeDouble(m.confidence());
    }

    private static EventMention readMention(DataInputStream in) throws IOException {
        String documentId = readString(in);
        int order = in.readInt();
        EventType type = readEnum(in, EventType.class);
        EventStatus status = readEnum(in, EventStatus.class);
        EventDate when = readEventDate(in);
        int np = count(in);
        List<Place> places = new ArrayList<>(np);
        for (int i = 0; i < np; i++) {
            places.add(readPlace(in));
        }
        List<Participant> participants = readParticipants(in);
        List<String> topics = readStrings(in);
        List<Evidence> evidence = readEvidence(in);
        return new EventMention(documentId, order, type, status, when, places, participants, topics, evidence,
                readString(in), readString(in), in.readBoolean(), readDocumentDate(in), in.readDouble());
    }

    static void writePlace(DataOutputStream out, Place p) throws IOException {
        writeString(out, p.id());
        writeString(out, p.name());
        writeEnum(out, p.kind());
        writeString(out, p.countryCode());
    }

    static Place readPlace(DataInputStream in) throws IOException {
        return new Place(readString(in), readString(in), readEnum(in, PlaceKind.class), readString(in));
    }

    static void writeParticipants(DataOutputStream out, List<Participant> participants) throws IOException {
        out.writeInt(participants.size());
        for (Participant p : participants) {
            writeString(out, p.id());
            writeString(out, p.name());
            writeEnum(out, p.kind());
            writeString(out, p.role());
            writeString(out, p.countryCode());
        }
    }

    static List<Participant> readParticipants(DataInputStream in) throws IOException {
        int n = count(in);
        List<Participant> participants = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            participants.add(new Participant(readString(in), readString(in), readEnum(in, ParticipantKind.class),
                    readString(in), readString(in)));
        }
        return participants;
    }

    static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String t : strings) {
            writeString(out, t);
        }
    }

    static List<String> readStrings(DataInputStream in) throws IOException {
        int n = count(in);
        List<String> strings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            strings.add(readString(in));
        }
        return strings;
    }

    static void writeEvidence(DataOutputStream out, List<Evidence> evidence) throws IOException {
        out.writeInt(evidence.size());
        for (Evidence e : evidence) {
            writeString(out, e.documentId());
            out.writeInt(e.start());
            out.writeInt(e.end());
            writeString(out, e.text());
        }
    }

    static List<Evidence> readEvidence(DataInputStream in) throws IOException {
        int n = count(in);
        List<Evidence> evidence = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            evidence.add(new Evidence(readString(in), in.readInt(), in.readInt(), readString(in)));
        }
        return evidence;
    }

    static void writeEventDate(DataOutputStream out, EventDate d) throws IOException {
        writeString(out, d.value());
        writeString(out, d.endValue());
        writeEnum(out, d.precision());
        writeEnum(out, d.modifier());
        writeEnum(out, d.basis());
        out.writeBoolean(d.span() != null);
        if (d.span() != null) {
            out.writeLong(d.span().first().toEpochDay());
            out.writeLong(d.span().last().toEpochDay());
        }
        writeString(out, d.reason());
    }

    static EventDate readEventDate(DataInputStream in) throws IOException {
        String value = readString(in);
        String endValue = readString(in);
        DatePrecision precision = readEnum(in, DatePrecision.class);
        DateModifier modifier = readEnum(in, DateModifier.class);
        DateBasis basis = readEnum(in, DateBasis.class);
        DateSpan span = in.readBoolean()
                ? new DateSpan(LocalDate.ofEpochDay(in.readLong()), LocalDate.ofEpochDay(in.readLong())) : null;
        return new EventDate(value, endValue, precision, modifier, basis, span, readString(in));
    }

    static void writeDocumentDate(DataOutputStream out, DocumentDate d) throws IOException {
        writeString(out, d.value());
        writeEnum(out, d.precision());
        writeEnum(out, d.source());
        out.writeDouble(d.confidence());
        writeString(out, d.reason());
        writeString(out, d.headerValue());
        out.writeBoolean(d.conflict());
    }

    static DocumentDate readDocumentDate(DataInputStream in) throws IOException {
        return new DocumentDate(readString(in), readEnum(in, DatePrecision.class), readEnum(in, DateSource.class),
                in.readDouble(), readString(in), readString(in), in.readBoolean());
    }

    static void writeEnum(DataOutputStream out, Enum<?> value) throws IOException {
        writeString(out, value == null ? null : value.name());
    }

    static <E extends Enum<E>> E readEnum(DataInputStream in, Class<E> type) throws IOException {
        String name = readString(in);
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** A string as its UTF-8 length and bytes (no 64 KB limit as with writeUTF); -1 for null. */
    static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n == -1) {
            return null;
        }
        if (n < 0 || n > in.available()) {
            throw new IOException("string length " + n + " out of range");
        }
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        // Every element takes at least 4 bytes, so a count beyond that is garbage, not a huge allocation.
        if (n < 0 || n > in.available() / 4) {
            throw new IOException("count " + n + " out of range");
        }
        return n;
    }
}
