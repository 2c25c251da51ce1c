/**
 * Acceptance scoring: a hand-written reader's answer set for test articles, and the scorer that compares an
 * extracted event model with it (document dates, event recall, dates, merging, forbidden dates). Used by the
 * {@code eval-articles} command; depends only on the model.
 */
package org.diplomatictimeline.eval;
