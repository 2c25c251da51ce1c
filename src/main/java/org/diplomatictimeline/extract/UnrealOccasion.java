package org.diplomatictimeline.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diplomatictimeline.extract.lang.LanguageFolders;

/**
 * Tells an occasion the text names but does not report as taking place: the aim of a clause ("to reach a permanent
 * ceasefire", "buscan alcanzar un acuerdo") and the occasion of a refused or missing invitation ("declined an
 * invitation to the gathering"), the war a clause sets out to end, talks named only as a means ("through dialogue")
 * and a signing whose object is no accord ("a book of condolence"). Cues are per language
 * ({@code lang/<code>/unreal.tsv}).
 */
final class UnrealOccasion {

    private static final Set<String> GOAL = cues("GOAL");
    private static final Set<String> GOAL_INFINITIVE = cues("GOAL_INFINITIVE");
    private static final Set<String> AIM_MARKER = cues("AIM_MARKER");
    private static final Set<String> REFUSAL = cues("REFUSAL");
    private static final Set<String> INVITATION = cues("INVITATION");
    private static final Set<String> HYPOTHETICAL = cues("HYPOTHETICAL");
    private static final Set<String> END_GOAL = cues("END_GOAL");
    private static final Set<String> END_GOAL_INFINITIVE = cues("END_GOAL_INFINITIVE");
    private static final Set<String> MANNER = cues("MANNER");
    private static final Set<String> SIGNED_OBJECT = cues("SIGNED_OBJECT");
    private static final Set<String> APPEAL_VERB = cues("APPEAL_VERB");
    private static final Set<String> APPEAL_MARKER = cues("APPEAL_MARKER");
    private static final Set<String> UNMET_OBJECT = cues("UNMET_OBJECT");
    private static final Set<String> PREPARATION = cues("PREPARATION");
    private static final Set<String> WAR_COMPOUND = cues("WAR_COMPOUND");
    private static final Set<String> COMPOUND_LINK = cues("COMPOUND_LINK");
    private static final Set<String> QUALIFIED_HEAD = cues("QUALIFIED_HEAD");
    private static final Set<String> BARRED = cues("BARRED");
    private static final Set<String> GERUND_ENDING = cues("GERUND_ENDING");
    private static final Set<String> IDIOM_BEFORE = cues("IDIOM_BEFORE");
    private static final Set<String> HABITUAL = cues("HABITUAL");
    private static final Set<String> HABITUAL_UNIT = cues("HABITUAL_UNIT");
    /** Words that end the clause an aim governs: what follows them is said of something else. */
    private static final Set<String> BREAKS = union(Set.of(";", ":", "?", "!", "“", "”", "\""), cues("BREAK"));
    /** Words that join two items of a list: each item is its own ("and", "or"). */
    private static final Set<String> LIST_JOINS = cues("LIST_JOIN");
    /** What ends the search for a cue that qualifies the noun itself: a clause break, a comma, a list join. */
    private static final Set<String> NOUN_PHRASE_ENDS = union(union(BREAKS, Set.of(",")), LIST_JOINS);
    /** What ends the search for a preparation cue: a clause break or a comma. */
    private static final Set<String> PHRASE_ENDS = union(BREAKS, Set.of(","));
    /** "reach a comprehensive and permanent ceasefire": the aim's object may carry a few modifiers. */
    private static final int GOAL_REACH = 6;
    private static final int INVITATION_REACH = 4;
    /** "a possible state visit": the cue qualifies the noun itself, at most one modifier between them. */
    private static final int HYPOTHETICAL_REACH = 2;
    /** "through direct political dialogue": the means may carry two modifiers before the noun. */
    private static final int MANNER_REACH = 3;
    /** "signing a book of condolence": the object of the signing stands just after the verb. */
    private static final int OBJECT_REACH = 3;
    /** "called on the leaders of all the parties to the conflict to": an appeal names its addressees first. */
    private static final int APPEAL_REACH = 12;
    /** "in preparation for the regional summit": a preposition, an article and a modifier may stand between. */
    private static final int PREPARATION_REACH = 4;
    /** "meets regularly every year": the frequency follows the verb, an adverb or two between. */
    private static final int HABITUAL_REACH = 3;
    /** "tous les deux ans", "every two years": an article and a count stand between the frequency and its unit. */
    private static final int UNIT_REACH = 3;

    private UnrealOccasion() {
    }

    private static Set<String> cues(String kind) {
        return LanguageFolders.withWordsOfKind("unreal.tsv", kind);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    /**
     * Whether one of {@code cues} stands within {@code reach} tokens before {@code index}, with none of {@code ends}
     * between: the cue then qualifies what stands at {@code index}.
     */
    private static boolean cueBefore(List<Token> tokens, int index, int reach, Set<String> cues, Set<String> ends) {
        for (int i = index - 1; i >= Math.max(0, index - reach); i--) {
            String w = tokens.get(i).lower();
            if (cues.contains(w)) {
                return true;
            }
            if (ends.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** Whether the occasion named by the noun at {@code index} is only the aim of its clause. */
    static boolean aimed(List<Token> tokens, int index) {
        for (int i = index - 1; i >= Math.max(0, index - GOAL_REACH); i--) {
            String w = tokens.get(i).lower();
            if (BREAKS.contains(w)) {
                return false;
            }
            if (GOAL_INFINITIVE.contains(w) || GOAL.contains(w) && i > 0 && aimMarked(tokens, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the goal verb at {@code i} follows an aim marker, itself or as the second of two joined aims ("to
     * forge a settlement and reach a ceasefire").
     */
    private static boolean aimMarked(List<Token> tokens, int i) {
        String before = tokens.get(i - 1).lower();
        if (AIM_MARKER.contains(before)) {
            return true;
        }
        if (!LIST_JOINS.contains(before)) {
            return false;
        }
        for (int k = i - 2; k >= Math.max(1, i - GOAL_REACH); k--) {
            String w = tokens.get(k).lower();
            if (BREAKS.contains(w)) {
                return false;
            }
            if (GOAL.contains(w) && AIM_MARKER.contains(tokens.get(k - 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the phrase opening at {@code start} is the object of an aim ("to update the 2016 migration deal", "must
     * revise the 2015 accord"): the clause wants something done to a thing it names, which is no news of its own.
     */
    static boolean objectOfAim(List<Token> tokens, int start) {
        return start >= 2 && AIM_MARKER.contains(tokens.get(start - 2).lower());
    }

    /** Whether the occasion at {@code index} is the one of an invitation declined or missing. */
    static boolean refusedInvitation(List<Token> tokens, int index) {
        for (int i = index - 1; i >= Math.max(0, index - INVITATION_REACH); i--) {
            if (BREAKS.contains(tokens.get(i).lower())) {
                return false;
            }
            if (INVITATION.contains(tokens.get(i).lower())) {
                for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
                    if (REFUSAL.contains(tokens.get(k).lower())) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the occasion named by the noun at {@code index} is only thought possible ("a possible visit", "une
     * éventuelle rencontre"): no one has announced it, so it is neither planned nor held.
     */
    static boolean hypothetical(List<Token> tokens, int index) {
        return cueBefore(tokens, index, HYPOTHETICAL_REACH, HYPOTHETICAL, NOUN_PHRASE_ENDS);
    }

    /**
     * Whether the conflict named by the noun at {@code index} is what the clause sets out to end ("an agreement to
     * end the war", "el acuerdo que busca terminar con la guerra"): the aim of the act, not a military action the
     * article reports.
     */
    static boolean conflictToEnd(List<Token> tokens, int index) {
        for (int i = index - 1; i >= Math.max(0, index - GOAL_REACH); i--) {
            String w = tokens.get(i).lower();
            if (BREAKS.contains(w)) {
                return false;
            }
            if (END_GOAL_INFINITIVE.contains(w)
                    || END_GOAL.contains(w) && i > 0 && AIM_MARKER.contains(tokens.get(i - 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the talks named by the noun at {@code index} are only the means of a clause ("to settle the dispute
     * through dialogue", "melalui dialog"): a way of acting the text urges or praises, not talks held.
     */
    static boolean meansOnly(List<Token> tokens, int index) {
        return cueBefore(tokens, index, MANNER_REACH, MANNER, NOUN_PHRASE_ENDS);
    }

    /**
     * Whether the signing verb at {@code index} has an object that is no accord ("signing a book of condolence",
     * "assinou o livro de honra"): a courtesy of a visit, not an agreement signed.
     */
    static boolean signsNoAccord(List<Token> tokens, int index) {
        return objectIn(tokens, index, SIGNED_OBJECT);
    }

    /**
     * Whether the meeting verb at {@code index} has an object that is no one met ("received 100 votes", "met with
     * strong criticism", "recibió una carta"): what was received, not a guest.
     */
    static boolean meetsNoOne(List<Token> tokens, int index) {
        return objectIn(tokens, index, UNMET_OBJECT);
    }

    /**
     * Whether the call-on verb at {@code index} urges rather than visits: "called on the parties to show restraint"
     * (an APPEAL_MARKER in its object, before the clause ends) meets no one, while "called on the president, who
     * received him warmly" is an encounter of its own.
     */
    static boolean appealOnly(List<Token> tokens, int index) {
        return APPEAL_VERB.contains(tokens.get(index).lower())
                && cueAfter(tokens, index, APPEAL_REACH, APPEAL_MARKER, BREAKS);
    }

    /**
     * Whether the summit named by the noun at {@code index} is what the sentence's gathering prepares ("the
     * preparatory meeting for the summit", "in preparazione del vertice"): that summit is held another day, which
     * this sentence does not give.
     */
    static boolean preparedFor(List<Token> tokens, int index) {
        return cueBefore(tokens, index, PREPARATION_REACH, PREPARATION, PHRASE_ENDS);
    }

    /**
     * Whether the conflict noun at {@code index} only qualifies another noun ("war crimes", "navi da guerra",
     * "prisoners of war"): a thing named after war, not a military action.
     */
    static boolean conflictAsModifier(List<Token> tokens, int index) {
        if (index + 1 < tokens.size() && WAR_COMPOUND.contains(tokens.get(index + 1).lower())) {
            return true;
        }
        return index >= 2 && COMPOUND_LINK.contains(tokens.get(index - 1).lower())
                && WAR_COMPOUND.contains(tokens.get(index - 2).lower());
    }

    /**
     * Whether the one-word occasion noun at {@code index} only qualifies the noun just after it ("bilateral
     * relations", "bilateral trade"): an adjective there, naming no meeting.
     */
    static boolean qualifiesNextNoun(List<Token> tokens, int index) {
        return index + 1 < tokens.size() && QUALIFIED_HEAD.contains(tokens.get(index + 1).lower());
    }

    /** Whether one of {@code objects} stands in the object just after the verb at {@code index}. */
    private static boolean objectIn(List<Token> tokens, int index, Set<String> objects) {
        return cueAfter(tokens, index, OBJECT_REACH, objects, PHRASE_ENDS);
    }

    /** Whether one of {@code cues} stands within {@code reach} tokens after {@code index}, before any {@code ends}. */
    private static boolean cueAfter(List<Token> tokens, int index, int reach, Set<String> cues, Set<String> ends) {
        for (int i = index + 1; i <= Math.min(tokens.size() - 1, index + reach); i++) {
            String w = tokens.get(i).lower();
            if (cues.contains(w)) {
                return true;
            }
            if (ends.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** Whether a travel verb is a gerund after a word that bars the trip ("banned from travelling"). */
    static boolean barredTrip(List<Token> tokens, int index) {
        String word = tokens.get(index).lower();
        return index > 0 && BARRED.contains(tokens.get(index - 1).lower())
                && GERUND_ENDING.stream().anyMatch(word::endsWith);
    }

    /** Whether an agreement noun follows a word that makes it an idiom ("in agreement on"), not an accord. */
    static boolean idiomOfAgreement(List<Token> tokens, int index) {
        return index > 0 && IDIOM_BEFORE.contains(tokens.get(index - 1).lower());
    }

    /**
     * Whether the verb ending at {@code last} tells a habit, not an occasion ("the council meets every two years",
     * "il doit se réunir tous les ans", "se reúne cada año"): a frequency word with a unit of time right after
     * the verb. A habit has no day of its own, so it would only join whichever dated sitting shares its parties.
     */
    static boolean habitual(List<Token> tokens, int last) {
        for (int i = last + 1; i <= Math.min(tokens.size() - 1, last + HABITUAL_REACH); i++) {
            String w = tokens.get(i).lower();
            if (HABITUAL.contains(w)) {
                return cueAfter(tokens, i, UNIT_REACH, HABITUAL_UNIT, NOUN_PHRASE_ENDS);
            }
            if (PHRASE_ENDS.contains(w)) {
                return false;
            }
        }
        return false;
    }
}
