/**
 * Mentions of actors, places and topics in news text: people with roles, countries, capitals and their metonyms,
 * cities, venues, regions, organisations and diplomatic topics, found in one linear pass over tokens.
 */
package org.diplomatictimeline.extract.mention;
