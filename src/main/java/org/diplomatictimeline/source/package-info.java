/** The source view: a document's text with the evidence of events highlighted and clickable. */
package org.diplomatictimeline.source;
