package org.diplomatictimeline.time;

/** Which way a relative expression points from the anchor date, as the clause's tense and cues suggest. */
enum Direction { PAST, FUTURE, NEUTRAL }
