package org.diplomatictimeline.time;

/** What a token is made of. */
enum TokenKind { WORD, NUMBER, PUNCT }
