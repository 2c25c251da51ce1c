/**
 * The extraction cache: per-article results, and a whole folder's merged model and duplicate groups, kept in the
 * user's cache folder under keys made of the articles' contents and a fingerprint of the extraction code and data,
 * so reopening an unchanged folder reads instead of analysing and merging (see
 * docs/decisions/0007-extraction-cache-and-streaming.md and 0084-corpus-results-in-the-extraction-cache.md).
 */
package org.diplomatictimeline.extract.cache;
