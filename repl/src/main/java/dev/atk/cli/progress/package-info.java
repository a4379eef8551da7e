/**
 * Progress display for long work: a one-line bar with percent, steps, rate and ETA when stderr is a terminal, plain
 * periodic lines otherwise. The renderers also guard the script's output stream so a bar never garbles a table.
 */
package dev.atk.cli.progress;
