package org.diplomatictimeline.model;

/** What kind of place an event is located at. */
public enum PlaceKind { VENUE, CITY, REGION, COUNTRY }
