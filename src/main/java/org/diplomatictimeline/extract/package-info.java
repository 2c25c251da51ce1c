/** From documents to events: mentions, triggers, document dates, and merging mentions of one event. */
package org.diplomatictimeline.extract;
