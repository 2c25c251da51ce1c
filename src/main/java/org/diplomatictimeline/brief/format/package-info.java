/** Writers of a {@link org.diplomatictimeline.brief.Chronology}, one class per output format. */
package org.diplomatictimeline.brief.format;
