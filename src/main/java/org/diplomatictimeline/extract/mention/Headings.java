package org.diplomatictimeline.extract.mention;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Marks the tokens of title-case lines ("China, Russia to Discuss Hotspots Amid Trump Sanctions"), where every word
 * is capitalised and so capitals say nothing about where a name starts or ends.
 */
final class Headings {

    private static final Set<String> TERMINAL = Set.of(".", "!", "?", "\"", "\u201d", ":");

    private Headings() {
    }

    static boolean[] mark(List<Token> tokens) {
        boolean[] heading = new boolean[tokens.size()];
        int start = 0;
        for (int i = 1; i <= tokens.size(); i++) {
            if (i == tokens.size() || tokens.get(i).lineBefore()) {
                if (isHeading(tokens, start, i)) {
                    Arrays.fill(heading, start, i, true);
                }
                start = i;
            }
        }
        return heading;
    }

    private static boolean isHeading(List<Token> tokens, int from, int to) {
        if (TERMINAL.contains(tokens.get(to - 1).key())) {
            return false;
        }
        int longWords = 0;
        int capitalised = 0;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.isWord() && t.end() - t.start() >= 4) {
                longWords++;
                if (t.isCapitalised()) {
                    capitalised++;
                }
            }
        }
        return longWords >= 2 && capitalised * 3 >= longWords * 2;
    }
}
