package org.diplomatictimeline.extract;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ISO day values ("2019-12-09") parsed once: articles' dates are read for every mention, every time a cluster is
 * copied or absorbed, and a corpus has far fewer article days than mentions. Parsing is what {@link LocalDate#parse}
 * does, failures included.
 */
final class IsoDays {

    /** Fifty years of days: the table never outgrows that, whatever one run extracts. */
    private static final int MAX_DAYS = 20_000;
    private static final Map<String, LocalDate> DAYS = new ConcurrentHashMap<>();

    private IsoDays() {
    }

    /** The day {@code value} writes, as {@code LocalDate.parse(value)} reads it. */
    static LocalDate parse(String value) {
        LocalDate d = DAYS.get(value);
        if (d == null) {
            d = LocalDate.parse(value);
            if (DAYS.size() < MAX_DAYS) {
                DAYS.put(value, d);
            }
        }
        return d;
    }
}
