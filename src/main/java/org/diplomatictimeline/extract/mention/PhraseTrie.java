package org.diplomatictimeline.extract.mention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases as paths of token keys, so that all gazetteers are searched at once with one hash look-up per token
 * instead of one pattern per entry.
 */
final class PhraseTrie {

    private static final byte ANY_CASE = 0;
    private static final byte CAPITALISED = 1;
    private static final byte UPPER = 2;

    /** The longest phrase found at a position: tokens {@code [from, end)} and what it stands for. */
    record Match(int from, int end, GazetteerEntry entry) {
    }

    private record Surface(byte[] cases, GazetteerEntry entry) {
    }

    private static final class Node {
        private Map<String, Node> next;
        private List<Surface> surfaces;
    }

    private final Node root = new Node();
    private int size;

    /** Adds a phrase; its capitalised words must be capitalised in the text, its all-caps words all-caps. */
    void add(String phrase, GazetteerEntry entry) {
        List<Token> tokens = Tokenizer.tokenize(phrase, 0, phrase.length());
        if (tokens.isEmpty()) {
            return;
        }
        Node node = root;
        byte[] cases = new byte[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            cases[i] = t.shape() == Token.UPPER ? UPPER : t.shape() == Token.CAPITALISED ? CAPITALISED : ANY_CASE;
            if (node.next == null) {
                node.next = new HashMap<>(4);
            }
            node = node.next.computeIfAbsent(t.key(), k -> new Node());
        }
        if (node.surfaces == null) {
            node.surfaces = new ArrayList<>(1);
        }
        for (Surface s : node.surfaces) {
            if (Arrays.equals(s.cases, cases)) {
                return; // the first entry added for a surface wins
            }
        }
        node.surfaces.add(new Surface(cases, entry));
        size++;
    }

    int size() {
        return size;
    }

    /** The longest phrase starting at token {@code i} that ends before {@code limit}, or null. */
    Match longest(List<Token> tokens, int i, int limit) {
        Node node = root;
        Match best = null;
        for (int j = i; j < limit; j++) {
            Token t = tokens.get(j);
            if (node.next == null || j > i && t.lineBefore()) {
                break;
            }
            node = node.next.get(t.key());
            if (node == null) {
                break;
            }
            if (node.surfaces != null) {
                GazetteerEntry e = accepted(node.surfaces, tokens, i);
                if (e != null) {
                    best = new Match(i, j + 1, e);
                }
            }
        }
        return best;
    }

    private static GazetteerEntry accepted(List<Surface> surfaces, List<Token> tokens, int i) {
        for (Surface s : surfaces) {
            if (casesFit(s.cases, tokens, i)) {
                return s.entry;
            }
        }
        return null;
    }

    private static boolean casesFit(byte[] cases, List<Token> tokens, int i) {
        for (int k = 0; k < cases.length; k++) {
            int shape = tokens.get(i + k).shape();
            if (cases[k] == CAPITALISED && shape != Token.CAPITALISED && shape != Token.UPPER
                    || cases[k] == UPPER && shape != Token.UPPER) {
                return false;
            }
        }
        return true;
    }
}
