/** Presentation mode: the events shown one per slide, full screen, with the speaker's notes on a second screen. */
package org.diplomatictimeline.app.present;
