package org.diplomatictimeline.corpus.format;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Mutates file bytes for the fuzzing job: flips, overwrites, deletions, splices from other seeds, and the two
 * mutations that found the worst bugs so far, a chunk repeated many times (deep nesting, huge counts) and a token
 * of a file format inserted at random.
 */
final class ByteMutator {

    /** Pieces of syntax that make readers take unusual paths. */
    private static final List<byte[]> TOKENS = List.of(
            "[".getBytes(StandardCharsets.ISO_8859_1), "<<".getBytes(StandardCharsets.ISO_8859_1),
            "<div>".getBytes(StandardCharsets.ISO_8859_1), "</p>".getBytes(StandardCharsets.ISO_8859_1),
            "/Count 999999999".getBytes(StandardCharsets.ISO_8859_1), "%%EOF".getBytes(StandardCharsets.ISO_8859_1),
            "0 R".getBytes(StandardCharsets.ISO_8859_1), "stream\n".getBytes(StandardCharsets.ISO_8859_1),
            "PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1), "---\n".getBytes(StandardCharsets.ISO_8859_1),
            "\u0000".getBytes(StandardCharsets.ISO_8859_1), "\u00ef\u00bb\u00bf".getBytes(StandardCharsets.ISO_8859_1),
            "<meta charset=\"utf-16\">".getBytes(StandardCharsets.ISO_8859_1),
            "Content-Type: multipart/related; boundary=\"b\"\n".getBytes(StandardCharsets.ISO_8859_1));

    private final Random random;
    private final List<byte[]> seeds;
    private final int maxSize;

    ByteMutator(long seed, List<byte[]> seeds, int maxSize) {
        this.random = new Random(seed);
        this.seeds = List.copyOf(seeds);
        this.maxSize = maxSize;
    }

    /** A mutant of a random seed: one to four mutations stacked, never longer than the size bound. */
    byte[] next() {
        byte[] data = seeds.get(random.nextInt(seeds.size())).clone();
        int rounds = 1 + random.nextInt(4);
        for (int i = 0; i < rounds; i++) {
            data = mutate(data);
        }
        return data.length > maxSize ? Arrays.copyOf(data, maxSize) : data;
    }

    private byte[] mutate(byte[] data) {
        if (data.length == 0) {
            return TOKENS.get(random.nextInt(TOKENS.size())).clone();
        }
        int at = random.nextInt(data.length);
        return switch (random.nextInt(7)) {
            case 0 -> {
                data[at] ^= (byte) (1 << random.nextInt(8));
                yield data;
            }
            case 1 -> {
                data[at] = (byte) random.nextInt(256);
                yield data;
            }
            case 2 -> {
                int len = 1 + random.nextInt(Math.min(64, data.length - at));
                yield concat(slice(data, 0, at), slice(data, at + len, data.length));
            }
            case 3 -> insert(data, at, TOKENS.get(random.nextInt(TOKENS.size())), 1 + random.nextInt(3));
            case 4 -> {
                int len = 1 + random.nextInt(Math.min(16, data.length - at));
                yield insert(data, at, slice(data, at, at + len), 2 + random.nextInt(5_000));
            }
            case 5 -> {
                byte[] other = seeds.get(random.nextInt(seeds.size()));
                int from = random.nextInt(other.length);
                yield concat(slice(data, 0, at), slice(other, from, other.length));
            }
            default -> slice(data, 0, at); // truncated, as a download cut short
        };
    }

    private byte[] insert(byte[] data, int at, byte[] piece, int times) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + piece.length * times);
        out.write(data, 0, at);
        for (int i = 0; i < times && out.size() < maxSize; i++) {
            out.writeBytes(piece);
        }
        out.write(data, at, data.length - at);
        return out.toByteArray();
    }

    private static byte[] slice(byte[] data, int from, int to) {
        return Arrays.copyOfRange(data, from, to);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
