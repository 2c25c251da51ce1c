/** Scoring the temporal tagger against annotated corpora (the NewsReader MEANTIME corpus); used by eval-timex. */
package org.diplomatictimeline.time.eval;
