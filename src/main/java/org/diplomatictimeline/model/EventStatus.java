package org.diplomatictimeline.model;

/** Whether an event has happened, is planned or announced, or was called off, as of the reporting article. */
public enum EventStatus { PLANNED, ANNOUNCED, HAPPENED, CANCELLED }
