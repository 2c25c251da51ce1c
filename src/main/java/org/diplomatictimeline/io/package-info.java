/** Reading and writing the event model and project files as JSON, and import and export formats. */
package org.diplomatictimeline.io;
