package org.diplomatictimeline.extract.mention;

/** A finished span of a {@link DocumentScan}, in token indices: either a gazetteer entry or a person. */
record ScanHit(int from, int to, GazetteerEntry entry, Person person) {

    /** The span of a phrase match, its entry unchanged. */
    static ScanHit of(PhraseTrie.Match m) {
        return new ScanHit(m.from(), m.end(), m.entry(), null);
    }
}
