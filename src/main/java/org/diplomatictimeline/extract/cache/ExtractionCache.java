package org.diplomatictimeline.extract.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.corpus.DuplicateGroup;
import org.diplomatictimeline.extract.ArticleAnalysis;
import org.diplomatictimeline.extract.ArticleCache;
import org.diplomatictimeline.model.EventModel;

/**
 * The per-article extraction cache on disk: one small file per article under
 * {@code <cache folder>/extraction/<fingerprint>/}, named by a hash of the article and the extractor's fingerprint.
 *
 * <p>An entry is used only when everything checks out: its magic, its full key (so a file copied or renamed into
 * place is not taken), its length and the CRC-32 of its contents, and a clean decode. Anything else (cut short,
 * garbled, made by another build) is ignored, and the fresh analysis is written over it. Files are written beside
 * their place and moved in, so a reader never sees half an entry. Entries of other fingerprints are stale by
 * definition and removed when this build first writes.
 *
 * <p>Beside the articles' entries, under {@code corpus/}, are what whole corpora gave: the merged model and the
 * duplicate groups, each keyed by the ordered keys of all its documents, so a folder whose files are all unchanged
 * reopens by one read, and any change (a file added, removed, renamed or edited) misses and is merged again.
 */
public final class ExtractionCache implements ArticleCache {

    private static final Logger LOG = Logger.getLogger(ExtractionCache.class.getName());
    private static final int ARTICLE = 0x44544331; // "DTC1"
    private static final int MODEL = 0x44544D31; // "DTM1"
    private static final int DUPLICATES = 0x44544431; // "DTD1"
    private static final int HEADER = 4 + 32 + 4; // magic, key, payload length; the CRC-32 follows the payload

    private final Path root;
    private final String fingerprint;
    private final Path folder;
    private final AtomicBoolean pruned = new AtomicBoolean();

    /**
     * A cache under {@code root} for the build with the given fingerprint.
     *
     * @param fingerprint what identifies the extractor ({@link ExtractorFingerprint#ofRunningBuild()} in the app)
     */
    public ExtractionCache(Path root, String fingerprint) {
        this.root = Objects.requireNonNull(root, "root").resolve("extraction");
        this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
        this.folder = this.root.resolve(fingerprint.substring(0, Math.min(16, fingerprint.length())));
    }

    /**
     * The cache of the running build in the user's cache folder, or {@link ArticleCache#NONE} when the running code
     * cannot be fingerprinted (then nothing could tell a stale entry).
     */
    public static ArticleCache forCurrentUser() {
        try {
            return new ExtractionCache(CacheFolder.forCurrentUser(), ExtractorFingerprint.ofRunningBuild());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The extraction cache is off: the running code could not be fingerprinted", e);
            return ArticleCache.NONE;
        }
    }

    /** Where this build's entries are. */
    public Path folder() {
        return folder;
    }

    @Override
    public Optional<ArticleAnalysis> find(Document doc) {
        byte[] key = key(doc);
        return decoded(readEntry(ARTICLE, fileOf(key), key), ArticleCodec::decode)
                .filter(a -> a.mentions().stream().allMatch(m -> m.documentId().equals(doc.id())));
    }

    /** Whether this document's entry file is there at all: a stale or corrupt one still says "maybe". */
    @Override
    public boolean mayHold(Document doc) {
        return Files.exists(fileOf(key(doc)));
    }

    @Override
    public void store(Document doc, ArticleAnalysis analysis) {
        byte[] key = key(doc);
        writeEntry(ARTICLE, fileOf(key), key, () -> ArticleCodec.encode(analysis));
    }

    @Override
    public Optional<EventModel> findModel(List<Document> docs) {
        byte[] key = corpusKey("model", docs);
        return decoded(readEntry(MODEL, corpusFileOf(key), key), payload -> CorpusCodec.decodeModel(payload, docs));
    }

    @Override
    public void storeModel(List<Document> docs, EventModel model) {
        byte[] key = corpusKey("model", docs);
        writeEntry(MODEL, corpusFileOf(key), key, () -> CorpusCodec.encodeModel(model));
    }

    @Override
    public Optional<List<DuplicateGroup>> findDuplicates(List<Document> docs) {
        byte[] key = corpusKey("duplicates", docs);
        return decoded(readEntry(DUPLICATES, corpusFileOf(key), key),
                payload -> CorpusCodec.decodeGroups(payload, docs));
    }

    @Override
    public void storeDuplicates(List<Document> docs, List<DuplicateGroup> groups) {
        byte[] key = corpusKey("duplicates", docs);
        writeEntry(DUPLICATES, corpusFileOf(key), key, () -> CorpusCodec.encodeGroups(groups));
    }

    /** Reads a stored payload back; a payload its codec cannot read is no entry. */
    private interface Decoder<T> {
        T decode(byte[] payload) throws IOException;
    }

    private static <T> Optional<T> decoded(Optional<byte[]> payload, Decoder<T> decoder) {
        if (payload.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(decoder.decode(payload.get()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The payload of a valid entry of this kind and key in {@code file}, if there is one. */
    private static Optional<byte[]> readEntry(int magic, Path file, byte[] key) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Unreadable cache entry " + file, e);
            return Optional.empty();
        }
        Optional<byte[]> payload = payload(bytes, magic, key);
        if (payload.isEmpty()) {
            LOG.fine(() -> "Ignored an invalid cache entry " + file + "; it is made again");
        }
        return payload;
    }

    private void writeEntry(int magic, Path file, byte[] key, Supplier<byte[]> payload) {
        Path tmp = null;
        try {
            pruneOtherBuilds();
            Files.createDirectories(file.getParent());
            tmp = Files.createTempFile(file.getParent(), ".entry-", ".tmp");
            Files.write(tmp, entry(magic, key, payload.get()));
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | UncheckedIOException e) {
            // The cache only saves time: failing to write it must never fail a load.
            LOG.log(Level.FINE, "Could not write the cache entry " + file, e);
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing more to do; the entry is simply absent next time
                }
            }
        }
    }

    /**
     * The key of what a whole corpus gave: the kind of result and every document's own key in corpus order (so the
     * set of articles, each one's content and the build), and nothing else.
     */
    byte[] corpusKey(String kind, List<Document> docs) {
        MessageDigest md = ExtractorFingerprint.sha256();
        md.update((kind + "\0" + fingerprint + "\0" + docs.size() + "\0").getBytes(StandardCharsets.UTF_8));
        for (Document doc : docs) {
            md.update(key(doc));
        }
        return md.digest();
    }

    Path corpusFileOf(byte[] key) {
        return folder.resolve("corpus").resolve(HexFormat.of().formatHex(key) + ".bin");
    }

    /**
     * The key of an article: the fingerprint and everything of the document that extraction reads (its id appears
     * in every mention; the text is covered by the hash of its source bytes and of the text itself). Not its path:
     * a folder moved or copied elsewhere is still the same articles.
     */
    byte[] key(Document doc) {
        MessageDigest md = ExtractorFingerprint.sha256();
        for (String part : new String[] {fingerprint, doc.id(), doc.title(), doc.contentHash(),
                String.valueOf(doc.headerDate()), Integer.toString(doc.bodyStart()),
                Integer.toString(doc.text().length())}) {
            md.update(part.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
        }
        md.update(doc.text().getBytes(StandardCharsets.UTF_8));
        return md.digest();
    }

    Path fileOf(byte[] key) {
        String hex = HexFormat.of().formatHex(key);
        return folder.resolve(hex.substring(0, 2)).resolve(hex + ".bin");
    }

    private static byte[] entry(int magic, byte[] key, byte[] payload) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(HEADER + payload.length + 8);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(magic);
            out.write(key);
            out.writeInt(payload.length);
            out.write(payload);
            CRC32 crc = new CRC32();
            crc.update(payload);
            out.writeLong(crc.getValue());
        }
        return bytes.toByteArray();
    }

    /** The payload of an entry whose magic, key, length and CRC-32 all check out. */
    private static Optional<byte[]> payload(byte[] bytes, int magic, byte[] key) {
        if (bytes.length < HEADER + 8) {
            return Optional.empty();
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        byte[] storedKey = new byte[32];
        int storedMagic = in.getInt();
        in.get(storedKey);
        if (storedMagic != magic || !Arrays.equals(storedKey, key)) {
            return Optional.empty();
        }
        int length = in.getInt();
        if (length < 0 || length != bytes.length - HEADER - 8) {
            return Optional.empty();
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, HEADER, length);
        if (ByteBuffer.wrap(bytes, HEADER + length, 8).getLong() != crc.getValue()) {
            return Optional.empty();
        }
        return Optional.of(Arrays.copyOfRange(bytes, HEADER, HEADER + length));
    }

    /** Removes the folders of other builds once, when this build first writes: their entries can never be used. */
    private void pruneOtherBuilds() {
        if (!pruned.compareAndSet(false, true) || !Files.isDirectory(root)) {
            return;
        }
        try (DirectoryStream<Path> builds = Files.newDirectoryStream(root)) {
            for (Path build : builds) {
                if (!build.equals(folder) && Files.isDirectory(build)) {
                    deleteTree(build);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not remove stale cache folders under " + root, e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
