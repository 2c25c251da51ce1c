/**
 * Document dates from every signal a page carries: its source address, bylines and timestamps at the top or the foot,
 * datelines, embedded posts and dates written with their weekday; one class per signal, each candidate with its
 * reason and confidence, and a chooser that weighs them and checks them against the weekdays the text names. Month
 * and weekday names come from the JDK's locale data and {@code lang/<code>/dates.tsv}.
 */
package org.diplomatictimeline.extract.docdate;
