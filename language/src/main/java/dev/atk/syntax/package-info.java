/**
 * Syntax stage: turns ATK text into our immutable AST ({@link dev.atk.syntax.Stmt}, {@link dev.atk.syntax.Expr}),
 * every node carrying a {@link dev.atk.source.SourceSpan}. The ANTLR parse tree never leaves this package:
 * {@link dev.atk.syntax.Parser} is the only door, and lexical/syntax errors come out as diagnostics.
 */
package dev.atk.syntax;
