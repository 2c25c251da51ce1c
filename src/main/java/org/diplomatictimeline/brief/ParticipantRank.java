package org.diplomatictimeline.brief;

/** How senior a participant is, read from its role: heads of state or government above ministers above others. */
public enum ParticipantRank {
    HEAD, MINISTER, OTHER
}
