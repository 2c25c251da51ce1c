package org.diplomatictimeline.io.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.diplomatictimeline.curation.Curation;
import org.diplomatictimeline.curation.Decision;
import org.diplomatictimeline.curation.EventRef;
import org.diplomatictimeline.curation.EvidenceAnchor;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.Evidence;

/**
 * Checks a project's source files against their recorded hashes and says which evidence and decisions depend on
 * the ones that changed or went missing, so they are flagged rather than silently dropped.
 */
public final class SourceFileCheck {

    /** Compares every source file with its recorded hash (reads each file once, streaming). */
    public List<SourceFileStatus> check(List<SourceRef> sources) {
        List<SourceFileStatus> result = new ArrayList<>();
        for (SourceRef s : sources) {
            result.add(check(s));
        }
        return result;
    }

    public SourceFileStatus check(SourceRef source) {
        Path path;
        try {
            path = Path.of(source.path());
        } catch (InvalidPathException e) {
            return new SourceFileStatus(source, SourceFileStatus.State.MISSING,
                    source.path() + " is not a valid path on this computer" + copyNote(source));
        }
        if (!Files.exists(path)) {
            return new SourceFileStatus(source, SourceFileStatus.State.MISSING,
                    source.path() + " is missing" + copyNote(source));
        }
        try {
            String hash = sha256(path);
            if (hash.equals(source.sha256())) {
                return new SourceFileStatus(source, SourceFileStatus.State.UNCHANGED, source.path() + " is unchanged");
            }
            return new SourceFileStatus(source, SourceFileStatus.State.CHANGED, source.path()
                    + " has changed since the project recorded it; evidence in it may point at the wrong words"
                    + copyNote(source));
        } catch (NoSuchFileException e) {
            return new SourceFileStatus(source, SourceFileStatus.State.MISSING,
                    source.path() + " is missing" + copyNote(source));
        } catch (IOException e) {
            return new SourceFileStatus(source, SourceFileStatus.State.UNREADABLE,
                    source.path() + " cannot be read (" + e.getMessage() + ")" + copyNote(source));
        }
    }

    /** The ids of documents whose file is not as recorded. */
    public static Set<String> problemDocuments(List<SourceFileStatus> statuses) {
        return statuses.stream().filter(SourceFileStatus::isProblem).map(s -> s.source().documentId())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Per event id, the evidence that lies in a changed or missing document; events not affected are absent. */
    public static Map<String, List<Evidence>> flaggedEvidence(EventModel model, List<SourceFileStatus> statuses) {
        Set<String> bad = problemDocuments(statuses);
        Map<String, List<Evidence>> flagged = new LinkedHashMap<>();
        for (Event e : model.events()) {
            List<Evidence> hits = e.evidence().stream().filter(ev -> bad.contains(ev.documentId())).toList();
            if (!hits.isEmpty()) {
                flagged.put(e.id(), hits);
            }
        }
        return flagged;
    }

    /** The decisions that point into a changed or missing document. */
    public static List<Decision> affectedDecisions(Curation curation, List<SourceFileStatus> statuses) {
        Set<String> bad = problemDocuments(statuses);
        List<Decision> affected = new ArrayList<>();
        for (Decision d : curation.decisions()) {
            if (anchorsOf(d).stream().anyMatch(a -> bad.contains(a.documentId()))) {
                affected.add(d);
            }
        }
        return affected;
    }

    private static List<EvidenceAnchor> anchorsOf(Decision d) {
        List<EvidenceAnchor> anchors = new ArrayList<>();
        for (EventRef ref : d.targets()) {
            anchors.addAll(ref.anchors());
        }
        if (d instanceof Decision.AddEvidence a) {
            anchors.add(a.anchor());
        } else if (d instanceof Decision.RemoveEvidence r) {
            anchors.add(r.anchor());
        } else if (d instanceof Decision.CreateEvent c) {
            anchors.add(c.anchor());
        } else if (d instanceof Decision.Split s) {
            anchors.addAll(s.moved());
        }
        return anchors;
    }

    private static String copyNote(SourceRef source) {
        return source.hasCopy() ? "; the copy of its text saved in the project is used instead" : "";
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
