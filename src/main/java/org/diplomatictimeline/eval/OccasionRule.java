package org.diplomatictimeline.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * When two gold events of different articles are one occasion: their types are of one family (a table in
 * {@code news-type-families.properties}), their dates are compatible (one is the other or finer inside it, or falls
 * in the other's range) and they share a participant word or the place; where either names neither (or names them
 * only in a script the scorer's normalisation drops), a country.
 */
public final class OccasionRule {

    private final Map<String, String> families;

    /** The rule with the bundled family table. */
    public OccasionRule() {
        this(bundledFamilies());
    }

    /** The rule with a given family table (gold type to family); a type missing from it is its own family. */
    public OccasionRule(Map<String, String> families) {
        this.families = Map.copyOf(families);
    }

    /** True when the two gold events can be the same occasion. */
    public boolean sameOccasion(NewsGold.GoldEvent a, NewsGold.GoldEvent b) {
        return family(a.type()).equals(family(b.type())) && datesAgree(a, b) && sameActorsOrPlace(a, b);
    }

    String family(String type) {
        String key = type.toLowerCase(Locale.ROOT).strip();
        return families.getOrDefault(key, key);
    }

    static boolean datesAgree(NewsGold.GoldEvent a, NewsGold.GoldEvent b) {
        return a.dateStart().startsWith(b.dateStart()) || b.dateStart().startsWith(a.dateStart())
                || inside(a.dateStart(), b) || inside(b.dateStart(), a);
    }

    // ISO values compare as strings; the day is cut to the range's precision so "2019-05-13" is inside "2019-05".
    private static boolean inside(String value, NewsGold.GoldEvent range) {
        if (range.dateEnd() == null) {
            return false;
        }
        String end = range.dateEnd();
        String cut = value.substring(0, Math.min(value.length(), end.length()));
        return value.compareTo(range.dateStart()) >= 0 && cut.compareTo(end) <= 0;
    }

    static boolean sameActorsOrPlace(NewsGold.GoldEvent a, NewsGold.GoldEvent b) {
        if (!Collections.disjoint(NewsMatchRule.tokens(a.participants()), NewsMatchRule.tokens(b.participants()))
                || NewsMatchRule.samePlace(a.place(), b.place())) {
            return true;
        }
        return (unnamed(a) || unnamed(b))
                && !Collections.disjoint(NewsMatchRule.tokens(a.countries()), NewsMatchRule.tokens(b.countries()));
    }

    /**
     * Names neither people nor place in words the scorer can read: none given, or given only in a script its
     * normalisation drops (Cyrillic, Arabic), where only the countries, written in English, can be compared.
     */
    static boolean unnamed(NewsGold.GoldEvent g) {
        return NewsMatchRule.tokens(g.participants()).isEmpty() && NewsMatchRule.norm(g.place()).isEmpty();
    }

    private static Map<String, String> bundledFamilies() {
        Properties p = new Properties();
        try (InputStream in = OccasionRule.class.getResourceAsStream("news-type-families.properties")) {
            if (in == null) {
                throw new IllegalStateException("news-type-families.properties is missing from the build");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new HashMap<>();
        p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k).strip()));
        return map;
    }
}
