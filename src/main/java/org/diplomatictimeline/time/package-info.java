/** Temporal expressions: recognise them, normalise them to TIMEX3 values, anchor them to document dates. */
package org.diplomatictimeline.time;
