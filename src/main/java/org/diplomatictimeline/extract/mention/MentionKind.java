package org.diplomatictimeline.extract.mention;

/** What a mention refers to. */
public enum MentionKind { PERSON, COUNTRY, CITY, VENUE, REGION, ORGANISATION, TOPIC }
