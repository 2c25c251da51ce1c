/**
 * Scoring extraction against gold: the acceptance set (a hand-written reader's answer set for test articles, used by
 * {@code eval-articles}) and real news gold sets such as news-dev (the rule of its {@code score_news.py}, with causes
 * of misses and merge errors, used by {@code eval-news}); and the key dates of a chronology against an editor's dated chronology
 * ({@code eval-chronology}). Depends only on the model.
 */
package org.diplomatictimeline.eval;
