package org.diplomatictimeline.extract;

/** The time a clause speaks of relative to when it was written. */
public enum Tense { PAST, PRESENT, FUTURE, UNKNOWN }
