package org.diplomatictimeline.model;

/** What kind of actor takes part in an event. */
public enum ParticipantKind { PERSON, COUNTRY, ORGANISATION }
