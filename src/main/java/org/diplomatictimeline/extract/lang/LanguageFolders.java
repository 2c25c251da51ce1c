package org.diplomatictimeline.extract.lang;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.table.ResourceTable;

/**
 * The per-language resource folders {@code org/diplomatictimeline/lang/<code>/} named in {@code languages.txt}:
 * adding a language is adding a folder and a line to that list. Every file in a folder is optional.
 */
public final class LanguageFolders {

    private static final String ROOT = "/org/diplomatictimeline/lang/";

    private static final List<String> CODES = readCodes();

    private static final Map<String, Set<String>> PREPOSITIONS = new ConcurrentHashMap<>();
    private static final Map<OwnWords, Set<String>> OWN_WORDS = new ConcurrentHashMap<>();
    /** Each folder's {@code proclitics.tsv} rows, read once: asked for every trigger word and place name. */
    private static final Map<String, List<String>> PROCLITICS = new ConcurrentHashMap<>();

    /** The key of one language's words of a kind: asked per token, so not a string joined for each question. */
    private record OwnWords(String code, String file, String kind) {
    }

    private LanguageFolders() {
    }

    /** The ISO 639-1 codes of the supported languages, in the order of {@code languages.txt}. */
    public static List<String> codes() {
        return CODES;
    }

    /** The lines of {@code <code>/<file>} without blank lines and {@code #} comments; empty when absent. */
    public static List<String> lines(String code, String file) {
        return read(ROOT + code + "/" + file);
    }

    /** The lines of {@code file} from every language folder that has one, in the order of the language list. */
    public static List<String> linesOfAll(String file) {
        List<String> out = new ArrayList<>();
        for (String code : CODES) {
            out.addAll(lines(code, file));
        }
        return out;
    }

    /**
     * Every word of every folder's {@code file}, a plain word list (determiners.txt: "the", "los", "les"), in lower
     * case.
     */
    public static Set<String> wordsOfAll(String file) {
        Set<String> out = new HashSet<>();
        for (String line : linesOfAll(file)) {
            for (String w : line.trim().split("\\s+")) {
                if (!w.isEmpty()) {
                    out.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        return Set.copyOf(out);
    }

    /**
     * The words of every folder's {@code tense.tsv} rows of one kind ("FUTURE", "PAST", "CANCEL"): each row is the
     * kind, a tab, and words separated by spaces.
     */
    public static List<String> cueWords(String kind) {
        return wordsOfKind("tense.tsv", kind);
    }

    /**
     * The given English words and the words of one kind in every folder's {@code file} (rows: kind, tab, words),
     * for the word lists of the extractor that every language extends ("PLACE" prepositions: "in", "à", "в").
     */
    public static Set<String> withWordsOfKind(String file, String kind, String... english) {
        Set<String> out = new HashSet<>(List.of(english));
        out.addAll(wordsOfKind(file, kind));
        return Set.copyOf(out);
    }

    /**
     * The words of one kind in every folder's {@code file} as a regular expression's alternatives, each quoted, a
     * '+' inside one ("set+up") standing for the spaces between the words of a phrase.
     */
    public static String alternation(String file, String kind) {
        return withWordsOfKind(file, kind).stream().sorted()
                .map(w -> Pattern.quote(w).replace("+", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
    }

    /**
     * The phrases of one kind in every folder's {@code file}, one a row (kind, a tab, the phrase: "according to"),
     * in lower case with single spaces: for tables whose rows are phrases rather than lists of single words.
     */
    public static Set<String> phrasesOfKind(String file, String kind) {
        Set<String> out = new HashSet<>();
        for (String line : linesOfAll(file)) {
            String[] f = line.split("\t", 2);
            if (f.length == 2 && f[0].trim().equals(kind) && !f[1].isBlank()) {
                out.add(f[1].trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(out);
    }

    /**
     * The place and travel prepositions of one language's {@code prepositions.tsv} ("di", "ke" in Indonesian), read
     * once; empty for a language without the file or for null.
     */
    public static Set<String> prepositions(String code) {
        if (code == null) {
            return Set.of();
        }
        return PREPOSITIONS.computeIfAbsent(code, c -> {
            Set<String> out = new HashSet<>();
            for (String line : lines(c, "prepositions.tsv")) {
                String[] f = line.split("\t", 2);
                if (f.length == 2 && (f[0].trim().equals("PLACE") || f[0].trim().equals("TRAVEL"))) {
                    out.addAll(words(List.of(ArabicSpelling.fold(f[1]))));
                }
            }
            return Set.copyOf(out);
        });
    }

    /**
     * The words of one kind in one language's {@code file} only, read once: words that mean what the kind says only
     * in a text of that language (the Romance preposition "a" is an English article). Empty for null.
     */
    public static Set<String> ownWordsOfKind(String code, String file, String kind) {
        if (code == null) {
            return Set.of();
        }
        return OWN_WORDS.computeIfAbsent(new OwnWords(code, file, kind), k -> {
            List<String> rows = new ArrayList<>();
            for (String line : lines(code, file)) {
                String[] f = line.split("\t", 2);
                if (f.length == 2 && f[0].trim().equals(kind)) {
                    rows.add(ArabicSpelling.fold(f[1]));
                }
            }
            return Set.copyOf(words(rows));
        });
    }

    private static List<String> wordsOfKind(String file, String kind) {
        List<String> out = new ArrayList<>();
        for (String code : CODES) {
            for (String line : lines(code, file)) {
                String[] f = line.split("\t", 2);
                if (f.length == 2 && f[0].trim().equals(kind)) {
                    // folded as the tokens' lower-case forms are; with the letters the writing joins to a word
                    // (Arabic "وشارك" and took part), as trigger words get them
                    for (String w : words(List.of(ArabicSpelling.fold(f[1])))) {
                        out.addAll(withProclitics(code, w));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The rows of every folder's {@code triggers.tsv}, in the columns of the English trigger table, without rows
     * whose event type this build does not know (a folder may name types a later build adds).
     */
    public static List<String> triggerRows() {
        Set<String> types = new HashSet<>();
        for (EventType t : EventType.values()) {
            types.add(t.name());
        }
        List<String> out = new ArrayList<>();
        for (String code : CODES) {
            List<String> elisions = words(lines(code, "elisions.txt"));
            for (String row : lines(code, "triggers.tsv")) {
                String line = ArabicSpelling.fold(row); // as the tokens' lower-case forms are
                String[] f = line.split("\t");
                if (f.length >= 3 && (f[0].equals("@cue") || f.length >= 6 && types.contains(f[1]))) {
                    out.add(line);
                    if (!f[0].equals("@cue")) {
                        for (String form : withProclitics(code, f[0])) {
                            if (!form.equals(f[0])) {
                                out.add(form + line.substring(f[0].length())); // Arabic "والتقى", "بالقمة"
                            }
                        }
                    }
                    if (f[0].equals("@cue") && !elisions.isEmpty()) {
                        elidedCues(f, elisions).ifPresent(out::add); // "l'ambassadeur" near "quitter le pays"
                    }
                    if (!f[0].equals("@cue") && startsWithVowel(f[0])) {
                        for (String e : elisions) {
                            out.add(e + line); // "l'accord", "dell'incontro": the tokenizer keeps them one word
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * A word or phrase of a language with the proclitics its writing joins to the first word, from the folder's
     * {@code proclitics.tsv}: {@code PREFIX} rows list letters written before any word (Arabic "و" and, "ب" by),
     * {@code ARTICLE} rows a definite article and the forms it takes after a prefix (Arabic "ال": "لل" after "ل",
     * "وال" after "و"). The phrase itself comes first; a language without the file gives the phrase alone.
     */
    public static List<String> withProclitics(String code, String phrase) {
        List<String> out = new ArrayList<>();
        out.add(phrase);
        for (String line : code == null ? lines(null, "proclitics.tsv")
                : PROCLITICS.computeIfAbsent(code, c -> List.copyOf(lines(c, "proclitics.tsv")))) {
            String[] f = line.split("\t");
            if (f.length < 2) {
                continue;
            }
            List<String> forms = words(List.of(f[1]));
            if (f[0].trim().equals("PREFIX")) {
                for (String prefix : forms) {
                    boolean elided = prefix.endsWith("'") || prefix.endsWith("’");
                    if (!elided || startsWithVowel(phrase)) {
                        out.add(prefix + phrase); // an elision ("l'", "dell'") joins only a vowel or an h
                    }
                }
            } else if (f[0].trim().equals("ARTICLE") && forms.size() > 1 && phrase.startsWith(forms.get(0))) {
                String bare = phrase.substring(forms.get(0).length());
                for (String article : forms.subList(1, forms.size())) {
                    out.add(article + bare);
                }
            }
        }
        return List.copyOf(new LinkedHashSet<>(out));
    }

    private static List<String> words(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            for (String w : line.trim().split("\\s+")) {
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /**
     * A cue row's words that open with a vowel, each with the folder's elisions in front ("l'ambassadeur",
     * "dell'ambasciatore"), as one more row of the same cue set: the tokenizer keeps an elided word whole.
     */
    private static Optional<String> elidedCues(String[] f, List<String> elisions) {
        StringBuilder words = new StringBuilder();
        for (String w : f[2].split(" ")) {
            if (!w.isEmpty() && startsWithVowel(w)) {
                for (String e : elisions) {
                    words.append(words.length() == 0 ? "" : " ").append(e).append(w);
                }
            }
        }
        return words.length() == 0 ? Optional.empty()
                : Optional.of(f[0] + "\t" + f[1] + "\t" + words);
    }

    private static boolean startsWithVowel(String form) {
        char c = Character.toLowerCase(form.charAt(0));
        return "aeiouyhàâäéèêëîïôöùûü".indexOf(c) >= 0;
    }

    private static List<String> readCodes() {
        List<String> codes = new ArrayList<>();
        for (String line : read(ROOT + "languages.txt")) {
            codes.add(line.trim());
        }
        if (codes.isEmpty()) {
            throw new IllegalStateException("missing resource " + ROOT + "languages.txt");
        }
        return List.copyOf(codes);
    }

    private static List<String> read(String resource) {
        return ResourceTable.find(LanguageFolders.class, resource).map(ResourceTable::lines).orElse(List.of());
    }
}
