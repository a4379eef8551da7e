/**
 * A script's text ({@link dev.atk.source.Source}) and positions in it ({@link dev.atk.source.SourceSpan}): what every
 * stage's nodes and every diagnostic point into. Below syntax and diag, so neither needs the other for positions.
 */
package dev.atk.source;
