package org.diplomatictimeline.extract.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The second pass of a {@link DocumentScan}: resolves the spans the first pass left pending to the people of the
 * document, each to the people named before it: short names ("Lavrov", "Xi"), role-only mentions ("the Chinese
 * leader") and group phrases ("the two leaders"). Not thread-safe; one per scan.
 */
final class PersonResolver {

    private final EntityLookup entities;
    private final PersonRegistry registry;
    private final GroupReference groups;
    private final List<Token> tokens;

    PersonResolver(Gazetteer gazetteer, EntityLookup entities, PersonRegistry registry, List<Token> tokens) {
        this.entities = entities;
        this.registry = registry;
        this.groups = new GroupReference(gazetteer);
        this.tokens = tokens;
    }

    /**
     * The people the pending spans name, in the order found, walking the finished hits and the pending spans in
     * text order; a role-only mention no person fits gives its owner's hit instead.
     */
    List<ScanHit> resolve(List<ScanHit> hits, List<PendingSpan> pending) {
        List<Object> ordered = new ArrayList<>(hits.size() + pending.size());
        ordered.addAll(hits);
        ordered.addAll(pending);
        ordered.sort(Comparator.comparingInt(o -> o instanceof ScanHit ? ((ScanHit) o).from()
                : ((PendingSpan) o).from()));
        List<Person> recent = new ArrayList<>(hits.size());
        List<ScanHit> out = new ArrayList<>();
        for (Object o : ordered) {
            if (o instanceof ScanHit) {
                ScanHit h = (ScanHit) o;
                if (h.person() != null) {
                    recent.add(h.person());
                }
            } else {
                PendingSpan p = (PendingSpan) o;
                if (p.group()) {
                    resolveGroup(p, recent, out);
                } else if (p.roleOnly()) {
                    resolveRole(p, recent, out);
                } else {
                    out.addAll(namesIn(p, recent));
                }
            }
        }
        return out;
    }

    /**
     * Finds, left to right and longest first, the parts of a capitalised run that name a known person; each person
     * found is also added to {@code recent}. Empty when the run names nobody known yet.
     */
    List<ScanHit> namesIn(PendingSpan p, List<Person> recent) {
        List<int[]> words = new ArrayList<>(); // [first token, end token) of each name word
        for (int j = p.from(); j < p.to(); j++) {
            Token t = tokens.get(j);
            boolean continuation = j > p.from() && tokens.get(j - 1).is("-") && !t.spaceBefore();
            if (t.isCapitalised() && !continuation) {
                int end = j + 1;
                while (end + 1 < p.to() && tokens.get(end).is("-") && !tokens.get(end).spaceBefore()
                        && !tokens.get(end + 1).spaceBefore()) {
                    end += 2;
                }
                words.add(new int[] {j, end});
            }
        }
        List<ScanHit> found = new ArrayList<>(1);
        int a = 0;
        while (a < words.size()) {
            int taken = 0;
            for (int b = Math.min(words.size(), a + NameParser.MAX_WORDS); b > a && taken == 0; b--) {
                int from = words.get(a)[0];
                int to = words.get(b - 1)[1];
                Person person = personAt(from, to, b - a);
                if (person != null) {
                    found.add(new ScanHit(from, to, null, person));
                    recent.add(person);
                    taken = b - a;
                }
            }
            a += taken > 0 ? taken : 1;
        }
        return found;
    }

    private Person personAt(int from, int to, int wordCount) {
        Person person = registry.find(NameParser.words(tokens, from, to), wordCount >= 2);
        if (person == null && wordCount == 1) {
            PhraseTrie.Match m = entities.at(from);
            if (m != null && m.end() == to && m.entry().kind() == MentionKind.PERSON) {
                person = registry.known(m.entry());
            }
        }
        return person;
    }

    /**
     * Both holders on one group phrase, without overlap: the last word stands for the later-named one. A dual of one
     * word ("الرئيسان") stands for both.
     */
    private void resolveGroup(PendingSpan p, List<Person> recent, List<ScanHit> out) {
        List<Person> two = groups.holders(p.title(), recent);
        if (!two.isEmpty() && p.to() - p.from() == 1) {
            out.add(new ScanHit(p.from(), p.to(), null, two.get(0)));
            out.add(new ScanHit(p.from(), p.to(), null, two.get(1)));
        } else if (!two.isEmpty()) {
            out.add(new ScanHit(p.from(), p.to() - 1, null, two.get(0)));
            out.add(new ScanHit(p.to() - 1, p.to(), null, two.get(1)));
        }
    }

    private void resolveRole(PendingSpan p, List<Person> recent, List<ScanHit> out) {
        boolean counterpart = TitleParser.titleClass(p.title()).equals("counterpart");
        Person found = RoleAntecedent.find(recent, p.title(), p.countryCode(), counterpart,
                role -> groups.noOtherOffice(role, p.title()));
        if (found != null) {
            out.add(new ScanHit(p.from(), p.to(), null, found));
            recent.add(found);
        } else if (p.descriptor() != null) {
            out.add(p.descriptor());
        }
    }
}
