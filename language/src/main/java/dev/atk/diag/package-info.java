/** Diagnostics shared by every stage: positioned messages, their rendering, and the message catalogue. */
package dev.atk.diag;
