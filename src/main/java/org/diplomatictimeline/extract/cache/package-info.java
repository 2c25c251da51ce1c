/**
 * The per-article extraction cache: results kept in the user's cache folder under a key made of the article's
 * content and a fingerprint of the extraction code and data, so reopening an unchanged folder reads instead of
 * analysing (see docs/decisions/0007-extraction-cache-and-streaming.md).
 */
package org.diplomatictimeline.extract.cache;
