package org.diplomatictimeline.extract.mention;

/**
 * A person known within one document while it is being scanned; what later mentions learn about the person (a role,
 * a country, a fuller name) is added here so that every mention of the person reports it.
 */
final class Person {

    String id;
    final boolean known;
    String name;
    String role;
    String countryCode;
    private int nameWords;

    Person(String id, boolean known, String name, String role, String countryCode, int nameWords) {
        this.id = id;
        this.known = known;
        this.name = name;
        this.role = role;
        this.countryCode = countryCode;
        this.nameWords = nameWords;
    }

    /** Whether only a one-word name ("Mr. Haddad") is known so far, so that a full name may complete it. */
    boolean surnameOnly() {
        return !known && nameWords == 1;
    }

    /** Completes a person first known by surname alone with the full name the text gives later. */
    void complete(String newId, String displayName, int words) {
        id = newId;
        name = displayName;
        nameWords = words;
    }

    /** Learns from a mention in the text, which wins over what the file of well-known people says. */
    void learn(String displayName, int words, String newRole, String newCountry) {
        if (!newRole.isEmpty()) {
            role = newRole;
        }
        if (!newCountry.isEmpty()) {
            countryCode = newCountry;
        }
        if (!known && words > nameWords) {
            name = displayName;
            nameWords = words;
        }
    }
}
