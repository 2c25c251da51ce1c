package org.diplomatictimeline.extract.cache;

import static org.diplomatictimeline.extract.cache.ArticleCodec.count;
import static org.diplomatictimeline.extract.cache.ArticleCodec.readDocumentDate;
import static org.diplomatictimeline.extract.cache.ArticleCodec.readEnum;
import static org.diplomatictimeline.extract.cache.ArticleCodec.readEventDate;
import static org.diplomatictimeline.extract.cache.ArticleCodec.readEvidence;
import static org.diplomatictimeline.extract.cache.ArticleCodec.readParticipants;
import static org.diplomatictimeline.extract.cache.ArticleCodec.readPlace;
import static org.diplomatictimeline.extract.cache.ArticleCodec.readString;
import static org.diplomatictimeline.extract.cache.ArticleCodec.readStrings;
import static org.diplomatictimeline.extract.cache.ArticleCodec.writeDocumentDate;
import static org.diplomatictimeline.extract.cache.ArticleCodec.writeEnum;
import static org.diplomatictimeline.extract.cache.ArticleCodec.writeEventDate;
import static org.diplomatictimeline.extract.cache.ArticleCodec.writeEvidence;
import static org.diplomatictimeline.extract.cache.ArticleCodec.writeParticipants;
import static org.diplomatictimeline.extract.cache.ArticleCodec.writePlace;
import static org.diplomatictimeline.extract.cache.ArticleCodec.writeString;
import static org.diplomatictimeline.extract.cache.ArticleCodec.writeStrings;
import static org.diplomatictimeline.extract.cache.ArticleCodec.written;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.corpus.DuplicateGroup;
import org.diplomatictimeline.corpus.DuplicateKind;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.DocumentInfo;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Place;

/**
 * Writes what a whole corpus gave (its merged event model, its duplicate groups) as compact binary and reads it back.
 *
 * <p>Of each document only what extraction decided is kept (its date and language, after year borrowing); where it
 * was read from and its title come from the document as read now, so a folder moved elsewhere reads back right.
 * Like {@link ArticleCodec}, the layout has no version of its own: the key holds the build's fingerprint.
 */
final class CorpusCodec {

    private CorpusCodec() {
    }

    static byte[] encodeModel(EventModel model) {
        return written(64 * 1024, out -> {
            out.writeInt(model.documents().size());
            for (DocumentInfo d : model.documents()) {
                writeString(out, d.id());
                writeDocumentDate(out, d.date());
                writeString(out, d.language());
            }
            out.writeInt(model.events().size());
            for (Event e : model.events()) {
                writeEvent(out, e);
            }
        });
    }

    /**
     * The model the bytes hold, its documents those given (in their order, which must be the stored one).
     *
     * @throws IOException when they do not hold one, or one of other documents
     */
    static EventModel decodeModel(byte[] bytes, List<Document> docs) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int nd = count(in);
            if (nd != docs.size()) {
                throw new IOException("a model of " + nd + " documents, not " + docs.size());
            }
            List<DocumentInfo> documents = new ArrayList<>(nd);
            for (Document doc : docs) {
                String id = readString(in);
                if (!doc.id().equals(id)) {
                    throw new IOException("a model of another document: " + id);
                }
                DocumentDate date = readDocumentDate(in);
                documents.add(new DocumentInfo(doc.id(), doc.source(), doc.title(), date, readString(in)));
            }
            int ne = count(in);
            List<Event> events = new ArrayList<>(ne);
            for (int i = 0; i < ne; i++) {
                events.add(readEvent(in));
            }
            if (in.available() != 0) {
                throw new IOException("trailing bytes after the model");
            }
            return new EventModel(documents, events);
        } catch (RuntimeException e) {
            throw new IOException("not a valid model: " + e, e);
        }
    }

    static byte[] encodeGroups(List<DuplicateGroup> groups) {
        return written(256, out -> {
            out.writeInt(groups.size());
            for (DuplicateGroup g : groups) {
                writeStrings(out, g.documentIds());
                writeEnum(out, g.kind());
                out.writeDouble(g.similarity());
            }
        });
    }

    /** @throws IOException when the bytes hold no groups, or groups naming documents that are not among {@code docs} */
    static List<DuplicateGroup> decodeGroups(byte[] bytes, List<Document> docs) throws IOException {
        Set<String> ids = new HashSet<>();
        docs.forEach(d -> ids.add(d.id()));
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int n = count(in);
            List<DuplicateGroup> groups = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                DuplicateGroup g = new DuplicateGroup(readStrings(in), readEnum(in, DuplicateKind.class),
                        in.readDouble());
                if (!ids.containsAll(g.documentIds())) {
                    throw new IOException("a group of other documents: " + g.documentIds());
                }
                groups.add(g);
            }
            if (in.available() != 0) {
                throw new IOException("trailing bytes after the groups");
            }
            return groups;
        } catch (RuntimeException e) {
            throw new IOException("not valid groups: " + e, e);
        }
    }

    private static void writeEvent(DataOutputStream out, Event e) throws IOException {
        writeString(out, e.id());
        writeString(out, e.title());
        writeEnum(out, e.type());
        writeEnum(out, e.status());
        writeEventDate(out, e.when());
        out.writeBoolean(e.place() != null);
        if (e.place() != null) {
            writePlace(out, e.place());
        }
        writeParticipants(out, e.participants());
        writeStrings(out, e.topics());
        writeEvidence(out, e.evidence());
        out.writeDouble(e.confidence());
    }

    private static Event readEvent(DataInputStream in) throws IOException {
        String id = readString(in);
        String title = readString(in);
        EventType type = readEnum(in, EventType.class);
        EventStatus status = readEnum(in, EventStatus.class);
        EventDate when = readEventDate(in);
        Place place = in.readBoolean() ? readPlace(in) : null;
        return new Event(id, title, type, status, when, place, readParticipants(in), readStrings(in),
                readEvidence(in), in.readDouble());
    }
}
