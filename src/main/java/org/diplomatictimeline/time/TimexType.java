package org.diplomatictimeline.time;

/** TIMEX3 types of temporal expressions. */
public enum TimexType { DATE, TIME, DURATION, SET }
