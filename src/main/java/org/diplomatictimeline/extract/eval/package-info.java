/** Measuring extraction against gold annotations (the MEANTIME corpus): readers and coreference scores. */
package org.diplomatictimeline.extract.eval;
