package org.diplomatictimeline.extract;

import java.util.List;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.time.Timex;

/**
 * What an anniversary counts from ("the 25th anniversary of signing the Velmora accord", "of the ties
 * opened in 1966"). A background fact of the profile table's needs_date types (relations, a founding) is the
 * anniversary's own reason, which its title names and its date counts from, never a second event. An act right after
 * the anniversary's noun is no event while the text leaves it undated, for then the years are counted to the
 * anniversary, not told of the act; once the text dates it itself ("of signing the Velmora accord in 1987", "of the
 * accord signed on 14 May 1987") it is an event of its own, as it would be in any other sentence.
 */
final class CountedFrom {

    /** Most tokens after an act's word in which the anniversary's count reaches it ("the anniversary of the ..."). */
    private static final int REACH = 8;
    /** Most tokens between an origin's word and the date that dates it ("the Velmora accord in 1987"). */
    private static final int DATED_WITHIN = 6;

    private CountedFrom() {
    }

    /**
     * The triggers of a sentence without the origins its anniversary counts from that the text leaves undated:
     * background facts of the profile table's needs_date types anywhere in it, and acts in the words right after the
     * anniversary's noun.
     */
    static List<Trigger> without(List<Trigger> found, List<Token> tokens, List<Timex> timexes) {
        Trigger anniversary = found.stream().filter(t -> t.type() == EventType.ANNIVERSARY).findFirst().orElse(null);
        if (anniversary == null) {
            return found;
        }
        return found.stream().filter(t -> !countedFrom(t, anniversary)
                || !EventTypeProfile.of(t.type()).needsDate() && datedByText(t, tokens, timexes)).toList();
    }

    private static boolean countedFrom(Trigger t, Trigger anniversary) {
        EventTypeProfile p = EventTypeProfile.of(t.type());
        return p.needsDate() || p.family() == EventTypeProfile.Family.ACT
                && t.tokenIndex() > anniversary.tokenIndex() && t.tokenIndex() <= anniversary.tokenIndex() + REACH;
    }

    /**
     * Whether a date of the calendar (a year at least, not one counted from the article's day) follows the origin's
     * word within a few tokens and no comma or semicolon: "signing the Velmora accord in 1987".
     */
    static boolean datedByText(Trigger t, List<Token> tokens, List<Timex> timexes) {
        int last = Math.min(tokens.size() - 1, t.tokenIndex() + DATED_WITHIN);
        if (t.tokenIndex() >= tokens.size() || last <= t.tokenIndex()) {
            return false;
        }
        int reach = tokens.get(last).end();
        for (int k = t.tokenIndex() + 1; k <= last; k++) {
            String w = tokens.get(k).lower();
            if (w.equals(",") || w.equals(";") || w.equals(":")) {
                reach = tokens.get(k).start();
                break;
            }
        }
        int from = t.end();
        int until = reach;
        return timexes.stream().anyMatch(x -> x.start() >= from && x.start() < until && !x.relative()
                && x.value().length() >= 4 && AttributiveYear.fourDigits(x.value().substring(0, 4)));
    }
}
