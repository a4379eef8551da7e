/*
 * ATK lexer (LANGUAGE.md, "Lexical").
 *
 * NEWLINE is a real token: statements end at a newline or ';'. The syntax package (dev.atk.syntax.TokenLayout)
 * drops newlines inside (...) and [...] and after a trailing ',', and turns the error tokens below
 * (BAD_NUMBER, UNTERMINATED_*, ERROR_CHAR) into positioned diagnostics, so the parser never sees raw lexer errors.
 */
lexer grammar ATKLexer;

// ---- keywords (reserved) ----
MODEL  : 'model' ;
DATA   : 'data' ;
SET    : 'set' ;
LET    : 'let' ;
FOR    : 'for' ;
IN     : 'in' ;
RUN    : 'run' ;
REPORT : 'report' ;
PRINT  : 'print' ;
INTO   : 'into' ;
AS     : 'as' ;
AT     : 'at' ;
TO     : 'to' ;
SPLIT  : 'split' ;
SAMPLE : 'sample' ;
SEED   : 'seed' ;
WHERE  : 'where' ;
EXCLUDING : 'excluding' ;
STEP   : 'step' ;
TRUE   : 'true' ;
FALSE  : 'false' ;
AND    : 'and' ;
OR     : 'or' ;
NOT    : 'not' ;

ID : [A-Za-z_] [A-Za-z0-9_]* ;

// `0.05..1.0` lexes as NUMBER DOTDOT NUMBER: a '.' belongs to a number only when a digit follows it.
NUMBER : DIGITS ('.' DIGITS)? EXPONENT? ;

// Malformed numbers, reported by the syntax package: `1.2.3`, `4e`, `4e-`, `12abc`.
BAD_NUMBER
    : DIGITS '.' DIGITS ('.' DIGITS)+ EXPONENT?
    | DIGITS ('.' DIGITS)? [eE] [+-]?
    | DIGITS ('.' DIGITS)? EXPONENT? [A-Za-z_] [A-Za-z0-9_]*
    ;

// """…""": raw text over any number of lines (no escapes), for guest code. Listed first: at `"""` it is longer than
// the empty string `""` that STRING would match.
TRIPLE_STRING : '"""' .*? '"""' ;

// A triple-quoted string that is never closed: to the end of the file.
UNTERMINATED_TRIPLE_STRING : '"""' (~'"' | '"' ~'"' | '""' ~'"')* '"'? '"'? ;

STRING : '"' (ESC | ~["\\\r\n])* '"' ;

// A string that reaches the end of its line (or of the file) without a closing quote.
UNTERMINATED_STRING : '"' (ESC | ~["\\\r\n])* '\\'? ;

// 'text': reported ("strings use double quotes") and then read as a string.
SQ_STRING : '\'' (ESC | ~['\\\r\n])* '\'' ;

LINE_COMMENT  : '//' ~[\r\n]* -> channel(HIDDEN) ;
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN) ;

// Never contains `*/`, so it only wins (longest match) when the comment is not closed.
UNTERMINATED_COMMENT : '/*' (~'*' | '*'+ ~[*/])* '*'* ;

DOTDOT : '..' ;
DOT    : '.' ;
EQ     : '==' ;
NE     : '!=' ;
LE     : '<=' ;
GE     : '>=' ;
LT     : '<' ;
GT     : '>' ;
ASSIGN : '=' ;
PLUS   : '+' ;
MINUS  : '-' ;
STAR   : '*' ;
SLASH  : '/' ;
LPAREN : '(' ;
RPAREN : ')' ;
LBRACK : '[' ;
RBRACK : ']' ;
LBRACE : '{' ;
RBRACE : '}' ;
COMMA  : ',' ;
SEMI   : ';' ;

NEWLINE : '\r'? '\n' | '\r' ;
WS      : [ \t\f\u00A0\uFEFF]+ -> channel(HIDDEN) ;

// Anything else: reported as "unexpected character".
ERROR_CHAR : . ;

fragment DIGITS   : [0-9]+ ;
fragment EXPONENT : [eE] [+-]? DIGITS ;
fragment ESC      : '\\' ~[\r\n] ;
