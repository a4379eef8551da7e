/** The {@code javax.script} engine named {@code atk}: a thin client of {@link dev.atk.api.Session} for embedders. */
package dev.atk.jsr223;
