/**
 * Language knowledge kept as data: one resource folder per language under {@code org/diplomatictimeline/lang/<code>/}
 * (stop words, event triggers, titles, tense cues, country names), the list of languages, and the language
 * identifier built from those folders.
 */
package org.diplomatictimeline.extract.lang;
