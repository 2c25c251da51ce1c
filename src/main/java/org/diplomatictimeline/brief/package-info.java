/**
 * The briefing: how much each event weighs (corroboration, rank, type, status) and the chronology of the key dates
 * with numbered citations; {@code format/} writes it as Markdown, HTML, CSV, iCalendar, TimelineJS, JSON and PDF.
 * Depends on the model only; knows no JavaFX.
 */
package org.diplomatictimeline.brief;
