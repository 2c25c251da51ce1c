/** The entry point: the GUI by default, headless commands (export, timex, evaluation) otherwise. */
package org.diplomatictimeline.cli;
