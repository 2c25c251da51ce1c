package org.diplomatictimeline.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The second pass of a scan alone: spans left pending by the first pass resolve to the people named before them,
 * and to nobody when no one fits.
 */
class PersonResolverTest {

    private static final Gazetteer GAZETTEER = new Gazetteer();

    /** One text with its tokens, registry and resolver, as one scan would hold them. */
    private static final class Fixture {
        final String text;
        final List<Token> tokens;
        final PersonRegistry registry = new PersonRegistry(GAZETTEER);
        final PersonResolver resolver;
        final List<ScanHit> hits = new ArrayList<>();

        Fixture(String text) {
            this.text = text;
            this.tokens = Tokenizer.tokenize(text, 0, text.length());
            this.resolver = new PersonResolver(GAZETTEER, new EntityLookup(GAZETTEER, tokens, text, "en"), registry,
                    tokens);
        }

        /** The index of the token starting at the {@code nth} (0-based) occurrence of {@code word}. */
        int at(String word, int nth) {
            int offset = -1;
            for (int k = 0; k <= nth; k++) {
                offset = text.indexOf(word, offset + 1);
            }
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).start() == offset) {
                    return i;
                }
            }
            throw new AssertionError("no token at '" + word + "'");
        }

        /** Introduces a titled person named by two words starting at {@code first}, as the first pass would. */
        Person named(String first, String last, String role) {
            int from = at(first, 0);
            Person p = registry.introduce(NameParser.words(tokens, from, from + 2), first + " " + last, role, "");
            hits.add(new ScanHit(from, from + 2, null, p));
            return p;
        }
    }

    @Test
    void surnameAloneResolvesToThePersonNamedBefore() {
        Fixture f = new Fixture("Minister Ada Quellbrook arrived on Monday. Quellbrook spoke first.");
        Person ada = f.named("Ada", "Quellbrook", "Minister");
        int surname = f.at("Quellbrook", 1);

        List<ScanHit> found = f.resolver.resolve(f.hits,
                List.of(new PendingSpan(surname, surname + 1, null, "", null, false)));

        assertThat(found).containsExactly(new ScanHit(surname, surname + 1, null, ada));
    }

    @Test
    void runNamingNobodyKnownResolvesToNothing() {
        Fixture f = new Fixture("Minister Ada Quellbrook arrived. Then Borlin Tavesh spoke.");
        f.named("Ada", "Quellbrook", "Minister");
        int run = f.at("Borlin", 0);
        List<Person> recent = new ArrayList<>();

        List<ScanHit> found = f.resolver.namesIn(new PendingSpan(run, run + 2, null, "", null, false), recent);

        assertThat(found).isEmpty();
        assertThat(recent).isEmpty();
    }

    @Test
    void runResolvedEarlyAddsItsPersonToTheRecentOnes() {
        Fixture f = new Fixture("Minister Ada Quellbrook arrived. Quellbrook spoke.");
        Person ada = f.named("Ada", "Quellbrook", "Minister");
        int surname = f.at("Quellbrook", 1);
        List<Person> recent = new ArrayList<>();

        List<ScanHit> found = f.resolver.namesIn(new PendingSpan(surname, surname + 1, null, "", null, false),
                recent);

        assertThat(found).extracting(ScanHit::person).containsExactly(ada);
        assertThat(recent).containsExactly(ada);
    }

    @Test
    void groupPhraseNamesBothHoldersEarlierFirst() {
        Fixture f = new Fixture("President Ada Quellbrook met President Borlin Tavesh. The two leaders signed.");
        Person ada = f.named("Ada", "Quellbrook", "President");
        Person borlin = f.named("Borlin", "Tavesh", "President");
        int from = f.at("The two", 0);
        PhraseTrie.Match group = GAZETTEER.groups.longest(f.tokens, from, f.tokens.size());

        List<ScanHit> found = f.resolver.resolve(f.hits,
                List.of(new PendingSpan(from, group.end(), group.entry(), "", null, true)));

        assertThat(found).extracting(ScanHit::person).containsExactly(ada, borlin);
        assertThat(found.get(1).to()).isEqualTo(group.end());
        assertThat(found.get(0).to()).isEqualTo(found.get(1).from());
    }

    @Test
    void rolePhraseResolvesToTheHolderNamedBefore() {
        Fixture f = new Fixture("President Ada Quellbrook opened the fair. The president left at noon.");
        Person ada = f.named("Ada", "Quellbrook", "President");
        int role = f.at("president", 0);
        PhraseTrie.Match title = GAZETTEER.titles.longest(f.tokens, role, f.tokens.size());

        List<ScanHit> found = f.resolver.resolve(f.hits,
                List.of(new PendingSpan(role, title.end(), title.entry(), "", null, false)));

        assertThat(found).containsExactly(new ScanHit(role, title.end(), null, ada));
    }

    @Test
    void rolePhraseNobodyFitsKeepsOnlyItsOwner() {
        Fixture f = new Fixture("The Kenyan president arrived at noon.");
        int role = f.at("president", 0);
        int owner = f.at("Kenyan", 0);
        PhraseTrie.Match title = GAZETTEER.titles.longest(f.tokens, role, f.tokens.size());
        ScanHit descriptor = new ScanHit(owner, owner + 1, null, null);

        List<ScanHit> found = f.resolver.resolve(f.hits,
                List.of(new PendingSpan(owner, title.end(), title.entry(), "KE", descriptor, false)));

        assertThat(found).containsExactly(descriptor);
    }
}
