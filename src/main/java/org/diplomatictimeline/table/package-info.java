/**
 * The tables bundled in the jar (tab-separated rows and word lists) read one way for every layer; imports nothing
 * else of the application, so every layer may use it.
 */
package org.diplomatictimeline.table;
