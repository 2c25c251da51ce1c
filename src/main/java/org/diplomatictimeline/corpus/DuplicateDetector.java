package org.diplomatictimeline.corpus;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Finds articles that occur more than once in a corpus: exactly (same normalised words) or nearly (word 5-shingle
 * Jaccard similarity at or above a threshold, or one text almost wholly contained in the other), in time close to
 * linear in the corpus size.
 *
 * <p>Near-duplicates are found with MinHash signatures and locality-sensitive hashing (bands of rows), then
 * confirmed with the exact Jaccard similarity of the shingle sets, so a reported pair is never a false positive.
 * Deterministic: fixed hash seeds, results in corpus order. Immutable and thread-safe.
 */
public final class DuplicateDetector {

    /** Similarity at or above which two documents count as the same article. */
    public static final double DEFAULT_THRESHOLD = 0.7;

    static final int SHINGLE = 5;
    private static final int BANDS = 32;
    private static final int ROWS = 4;
    private static final int HASHES = BANDS * ROWS;
    private static final long[] SEEDS = seeds();
    private static final int MAX_BUCKET = 64;
    /** Five standard deviations of a 128-value MinHash estimate: pairs estimated lower are not checked. */
    private static final double ESTIMATE_MARGIN = 0.2;
    /** Share of the shorter text found in the longer above which one is a copy of the other with additions. */
    static final double CONTAINMENT = 0.9;
    /** Below this many shingles a text is too short for containment to mean anything. */
    private static final int CONTAINMENT_MIN_SHINGLES = 50;
    /** The lowest Jaccard similarity of pairs that containment is checked for (a text under half the other). */
    private static final double CONTAINMENT_MIN_JACCARD = 0.45;

    private final double threshold;

    /** A detector with the {@linkplain #DEFAULT_THRESHOLD default threshold}. */
    public DuplicateDetector() {
        this(DEFAULT_THRESHOLD);
    }

    /** A detector that calls documents the same at or above the given Jaccard similarity, in (0, 1]. */
    public DuplicateDetector(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold out of (0, 1]: " + threshold);
        }
        this.threshold = threshold;
    }

    /** The groups of duplicate documents, ordered by their first document; empty when every article is unique. */
    public List<DuplicateGroup> find(List<Document> documents) {
        return find(documents, Runnable::run);
    }

    /**
     * {@link #find(List)}, each document's words, shingles and signature made on {@code executor} (the window's
     * analysis pool: the per-document part is most of the work, and the same whichever thread does it).
     */
    public List<DuplicateGroup> find(List<Document> documents, Executor executor) {
        int n = documents.size();
        List<CompletableFuture<ShingleProfile>> pending = new ArrayList<>(n);
        for (Document doc : documents) {
            pending.add(CompletableFuture.supplyAsync(() -> ShingleProfile.of(doc.body()), executor));
        }
        long[][] shingles = new long[n][];
        long[][] signatures = new long[n][];
        UnionFind groups = new UnionFind(n);
        Map<String, Integer> firstWithText = new HashMap<>();
        boolean[] exactOnly = new boolean[n];
        for (int i = 0; i < n; i++) {
            ShingleProfile profile = pending.get(i).join();
            if (profile == null) {
                continue;
            }
            shingles[i] = profile.shingles();
            signatures[i] = profile.signature();
            Integer first = firstWithText.putIfAbsent(profile.words(), i);
            if (first != null) {
                groups.union(first, i, 1.0, false);
                exactOnly[i] = true;
            }
        }
        // Near duplicates: documents sharing a whole band of their MinHash signature are candidates.
        Map<Long, List<Integer>> buckets = new HashMap<>();
        PairList candidates = new PairList();
        // The last document each earlier one was paired with: a pair sharing several bands is listed once.
        int[] pairedWith = new int[n];
        Arrays.fill(pairedWith, -1);
        for (int i = 0; i < n; i++) {
            if (shingles[i] == null || exactOnly[i]) {
                continue;
            }
            for (int b = 0; b < BANDS; b++) {
                List<Integer> bucket = buckets.computeIfAbsent(bandKey(signatures[i], b), k -> new ArrayList<>(2));
                for (int other : bucket) {
                    if (pairedWith[other] != i) {
                        pairedWith[other] = i;
                        candidates.add((long) other * n + i);
                    }
                }
                // A bucket shared by very many documents is boilerplate, not a duplicate: stop growing it.
                if (bucket.size() < MAX_BUCKET) {
                    bucket.add(i);
                }
            }
        }
        int fewestEqual = fewestEqualValues(Math.min(threshold, CONTAINMENT_MIN_JACCARD) - ESTIMATE_MARGIN);
        for (long pair : candidates.sorted()) {
            int a = (int) (pair / n);
            int b = (int) (pair % n);
            // The signature estimate is cheap and, this far below the threshold, never wrong enough to matter.
            if (groups.find(a) == groups.find(b) || !estimateReaches(signatures[a], signatures[b], fewestEqual)) {
                continue;
            }
            double similarity = similarityAtLeast(shingles[a], shingles[b], threshold);
            if (similarity >= threshold) {
                groups.union(a, b, similarity, true);
            }
        }
        return groups.groups(documents);
    }

    /** Lowercased words (letters and digits), each Han or kana character a word of its own. */
    static List<String> words(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < normal.length(); ) {
            int cp = normal.codePointAt(i);
            i += Character.charCount(cp);
            if (isIdeograph(cp)) {
                flush(word, words);
                words.add(new String(Character.toChars(cp)));
            } else if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else {
                flush(word, words);
            }
        }
        flush(word, words);
        return words;
    }

    private static boolean isIdeograph(int cp) {
        // No Han, hiragana or katakana character comes before the CJK radicals: skip the script look-up for them.
        if (cp < 0x2E80) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    /** The sorted distinct hashes of every run of {@value #SHINGLE} words (the whole text if shorter). */
    static long[] shingles(List<String> words) {
        long[] wordHashes = new long[words.size()];
        for (int i = 0; i < wordHashes.length; i++) {
            wordHashes[i] = fnv(words.get(i));
        }
        int count = Math.max(1, words.size() - SHINGLE + 1);
        long[] hashes = new long[count];
        for (int s = 0; s < count; s++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int k = s; k < Math.min(words.size(), s + SHINGLE); k++) {
                h = mix(h ^ wordHashes[k]);
            }
            hashes[s] = h;
        }
        Arrays.sort(hashes);
        int distinct = 0;
        for (long h : hashes) {
            if (distinct == 0 || h != hashes[distinct - 1]) {
                hashes[distinct++] = h;
            }
        }
        return Arrays.copyOf(hashes, distinct);
    }

    static long[] signature(long[] shingles) {
        long[] signature = new long[HASHES];
        Arrays.fill(signature, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int h = 0; h < HASHES; h++) {
                long v = mix(shingle ^ SEEDS[h]);
                if (v < signature[h]) {
                    signature[h] = v;
                }
            }
        }
        return signature;
    }

    private static long bandKey(long[] signature, int band) {
        long key = band;
        for (int r = 0; r < ROWS; r++) {
            key = mix(key * 31 + signature[band * ROWS + r]);
        }
        return key;
    }

    /** The fewest equal MinHash values whose share is at least {@code lowest}, compared as the share itself is. */
    static int fewestEqualValues(double lowest) {
        int fewest = 0;
        while (fewest <= HASHES && fewest / (double) HASHES < lowest) {
            fewest++;
        }
        return fewest;
    }

    /**
     * Whether at least {@code fewest} MinHash values are equal (the share of equal values estimates the Jaccard
     * similarity), stopping as soon as the answer is known: most pairs of a corpus on one story are decided early.
     */
    static boolean estimateReaches(long[] a, long[] b, int fewest) {
        int equal = 0;
        for (int h = 0; h < HASHES; h++) {
            if (a[h] == b[h] && ++equal >= fewest) {
                return true;
            }
            if (equal + HASHES - 1 - h < fewest) {
                return false;
            }
        }
        return equal >= fewest;
    }

    /**
     * How alike two shingle sets are: their Jaccard similarity, or, when the smaller set is long enough and almost
     * all found in the larger (a copy with a paragraph or a site's furniture added), the share found, if higher.
     */
    static double similarity(long[] a, long[] b) {
        return similarity(a, b, common(a, b));
    }

    /** {@link #similarity(long[], long[])} of two sets with {@code common} shingles in common. */
    private static double similarity(long[] a, long[] b, int common) {
        double jaccard = common / (double) (a.length + b.length - common);
        int smaller = Math.min(a.length, b.length);
        if (smaller >= CONTAINMENT_MIN_SHINGLES && common >= CONTAINMENT * smaller) {
            return Math.max(jaccard, common / (double) smaller);
        }
        return jaccard;
    }

    /**
     * {@link #similarity} when it is at least {@code threshold}; otherwise some value below the threshold. Counting
     * the common shingles stops once too few are left for the pair to reach it, which is what most pairs of a
     * corpus on one story do (they share the story's phrases, not the article).
     */
    static double similarityAtLeast(long[] a, long[] b, double threshold) {
        int smaller = Math.min(a.length, b.length);
        // Either test passing needs this many shingles in common: Jaccard ≥ t means |A∩B| ≥ t(|A|+|B|)/(1+t);
        // containment needs 0.9 of the smaller set. One shingle less, so rounding never turns a pair away.
        double jaccardNeeds = threshold * (a.length + b.length) / (1 + threshold);
        double needs = smaller >= CONTAINMENT_MIN_SHINGLES ? Math.min(jaccardNeeds, CONTAINMENT * smaller)
                : jaccardNeeds;
        int fewest = (int) Math.floor(needs) - 1;
        int common = common(a, b, fewest);
        // A count that reaches the fewest needed was never cut short: it is the whole intersection.
        return common < fewest ? -1 : similarity(a, b, common);
    }

    /** |A ∩ B| of two sorted distinct arrays. */
    private static int common(long[] a, long[] b) {
        return common(a, b, 0);
    }

    /** |A ∩ B| of two sorted distinct arrays, or some count below {@code fewest} as soon as it cannot reach it. */
    private static int common(long[] a, long[] b, int fewest) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (common + Math.min(a.length - i, b.length - j) < fewest) {
                return common;
            }
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }

    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** The SplitMix64 finaliser: a fast, well-spread 64-bit mix. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        long s = 0x5DEECE66DL;
        for (int i = 0; i < HASHES; i++) {
            s += 0x9E3779B97F4A7C15L;
            seeds[i] = mix(s);
        }
        return seeds;
    }

    /** A growable list of packed index pairs, without boxing. */
    private static final class PairList {

        private long[] pairs = new long[64];
        private int size;

        void add(long pair) {
            if (size == pairs.length) {
                pairs = Arrays.copyOf(pairs, size * 2);
            }
            pairs[size++] = pair;
        }

        /** The pairs in order (first document, then second); they are distinct when added. */
        long[] sorted() {
            long[] sorted = Arrays.copyOf(pairs, size);
            Arrays.sort(sorted);
            return sorted;
        }
    }

    /** Disjoint sets of document indices, remembering the weakest link that joined each set. */
    private static final class UnionFind {

        private final int[] parent;
        private final double[] weakest;
        private final boolean[] near;

        UnionFind(int n) {
            parent = new int[n];
            weakest = new double[n];
            near = new boolean[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
                weakest[i] = 1.0;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b, double similarity, boolean nearLink) {
            int ra = find(a);
            int rb = find(b);
            // The lower index stays the root, so a group is represented by its first document.
            int root = Math.min(ra, rb);
            int child = Math.max(ra, rb);
            parent[child] = root;
            weakest[root] = Math.min(Math.min(weakest[root], weakest[child]), similarity);
            near[root] = near[root] || near[child] || nearLink;
        }

        List<DuplicateGroup> groups(List<Document> documents) {
            TreeMap<Integer, List<String>> members = new TreeMap<>();
            for (int i = 0; i < parent.length; i++) {
                members.computeIfAbsent(find(i), k -> new ArrayList<>()).add(documents.get(i).id());
            }
            List<DuplicateGroup> groups = new ArrayList<>();
            members.forEach((root, ids) -> {
                if (ids.size() > 1) {
                    groups.add(new DuplicateGroup(ids, near[root] ? DuplicateKind.NEAR : DuplicateKind.EXACT,
                            weakest[root]));
                }
            });
            return groups;
        }
    }
}
