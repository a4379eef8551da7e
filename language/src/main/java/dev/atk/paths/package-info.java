/**
 * Where a script may write: the rule every file name a script gives (report targets, the results folder) is held to,
 * at check time and again when the file is written.
 */
package dev.atk.paths;
