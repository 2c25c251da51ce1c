package org.diplomatictimeline.corpus.format;

/** The kinds of files documents are read from. */
public enum DocumentFormat { PLAIN_TEXT, MARKDOWN, HTML, PDF, DOCX }
