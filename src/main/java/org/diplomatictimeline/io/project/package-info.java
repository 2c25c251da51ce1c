/**
 * Project files: the corpus references, the analyst's decisions and the view settings as versioned JSON, saved
 * atomically, migrated from older versions, autosaved for crash recovery; see docs/PROJECT-FORMAT.md.
 */
package org.diplomatictimeline.io.project;
