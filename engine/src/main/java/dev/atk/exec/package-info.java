/**
 * Exec stage: runs an optimised plan against a backend. Caches node values by digest (in memory for the session,
 * on disk for profiles), writes every finished record to a durable JSON-lines log before the next batch starts,
 * resumes from that log without losing or duplicating records, reports progress, and stops cleanly on cancel.
 */
package dev.atk.exec;
