/** How the timeline control is drawn and how it responds to input; implementation, not API. */
package org.diplomatictimeline.timeline.skin;
