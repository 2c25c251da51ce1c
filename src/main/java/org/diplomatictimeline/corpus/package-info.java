/** Reading files and folders of articles into documents with exact text, title and header date. */
package org.diplomatictimeline.corpus;
