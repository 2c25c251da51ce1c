package org.diplomatictimeline.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.table.ResourceTable;

/** The words that signal diplomatic events, with their event type, tense and the cues they need, loaded once. */
public final class TriggerLexicon {

    /** One lexicon entry: a word sequence and what it signals. */
    public record Entry(List<String> words, EventType type, String pos, String tense, String cue, int priority) {

        public Entry {
            words = List.copyOf(words);
        }

        public boolean isStatement() {
            return type == EventType.STATEMENT;
        }
    }

    private static final String RESOURCE = "triggers.tsv";

    private final Map<String, List<Entry>> byFirstWord;
    private final Map<String, Set<String>> cues;

    private TriggerLexicon(Map<String, List<Entry>> byFirstWord, Map<String, Set<String>> cues) {
        this.byFirstWord = byFirstWord;
        this.cues = cues;
    }

    /** The lexicon shipped in the jar. */
    public static TriggerLexicon standard() {
        List<String> lines = new ArrayList<>(ResourceTable.read(TriggerLexicon.class, RESOURCE).lines());
        lines.addAll(LanguageFolders.triggerRows()); // lang/<code>/triggers.tsv of every language folder
        return parse(lines);
    }

    /** The lexicon of rows as {@link ResourceTable} and the language folders give them: no blanks, no comments. */
    static TriggerLexicon parse(List<String> lines) {
        Map<String, List<Entry>> byFirstWord = new HashMap<>();
        Map<String, Set<String>> cues = new HashMap<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f[0].equals("@cue")) {
                // Several files may add words to one cue set: English here, the others in their language folders.
                cues.merge(f[1], Set.copyOf(Arrays.asList(f[2].split(" "))), (a, b) -> {
                    Set<String> union = new HashSet<>(a);
                    union.addAll(b);
                    return Set.copyOf(union);
                });
                continue;
            }
            List<String> words = Arrays.asList(f[0].split(" "));
            Entry entry = new Entry(words, EventType.valueOf(f[1]), f[2], f[3], f[4], Integer.parseInt(f[5]));
            byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(entry);
        }
        // Longest entries first, so "hold talks" wins over "talks" at the same place.
        byFirstWord.values().forEach(l -> l.sort((a, b) -> b.words().size() - a.words().size()));
        return new TriggerLexicon(byFirstWord, cues);
    }

    /** Entries whose first word is {@code word}, longest first. */
    public List<Entry> startingWith(String word) {
        return byFirstWord.getOrDefault(word, List.of());
    }

    /** The entries of {@code type} written as {@code pos} ("NOUN"), in no particular order. */
    public List<Entry> entries(EventType type, String pos) {
        return byFirstWord.values().stream().flatMap(List::stream)
                .filter(e -> e.type() == type && e.pos().equals(pos)).toList();
    }

    /** The words of a named cue set ("SIGN", "IMPOSE", "GIVE"). */
    public Set<String> cue(String name) {
        return cues.getOrDefault(name, Set.of());
    }
}
