package org.diplomatictimeline.extract.docdate;

import org.diplomatictimeline.extract.docdate.DateCandidate.Signal;

/**
 * A day and month a page states without a year ("Tokyo, July 4 (Jiji Press)", "Москва. 17 июня."); its year comes
 * from the page's other signals.
 *
 * @param text what was read, for the reason
 */
public record PartialDate(int month, int day, Signal signal, String text) {

    public PartialDate {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            throw new IllegalArgumentException("not a day of the year: " + month + "/" + day);
        }
    }
}
