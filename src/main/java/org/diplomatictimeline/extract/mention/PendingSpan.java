package org.diplomatictimeline.extract.mention;

/**
 * A span the first pass of a {@link DocumentScan} leaves to {@link PersonResolver}: a run of capitalised words, a
 * role-only mention ({@code title} set: "the Chinese leader") or a group phrase ("the two leaders").
 *
 * @param descriptor the owner the role-only mention names ("Russia's"), kept when no person is found
 */
record PendingSpan(int from, int to, GazetteerEntry title, String countryCode, ScanHit descriptor, boolean group) {

    boolean roleOnly() {
        return title != null;
    }
}
