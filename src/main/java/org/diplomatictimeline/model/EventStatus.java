package org.diplomatictimeline.model;

/**
 * Whether an event has happened, is planned or announced, was called off, or was put off to a later day
 * (postponed: the date it was set for no longer holds, the occasion still does), as of the reporting article.
 */
public enum EventStatus { PLANNED, ANNOUNCED, HAPPENED, CANCELLED, POSTPONED }
