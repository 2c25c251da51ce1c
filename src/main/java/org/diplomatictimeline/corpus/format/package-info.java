/**
 * Turning the bytes of one file into text, one reader per file format: plain text and Markdown (with encoding
 * detection), HTML pages saved from a browser, PDF and Word .docx. Internal to the corpus layer.
 */
package org.diplomatictimeline.corpus.format;
