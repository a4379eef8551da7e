/*
 * ATK parser (LANGUAGE.md v1). The syntax package feeds it one top-level statement at a time
 * (`singleStatement`), already split at newlines/';' outside brackets; inside a `{ }` block the
 * separators are tokens (`sep`). Precedence, loosest first: or, and, not, comparison, range (`..` [`step`]),
 * + -, * /, unary -, postfix (call, member), primary.
 */
parser grammar ATKParser;

options { tokenVocab = ATKLexer; }

singleStatement : statement EOF ;

statement
    : modelStmt
    | dataStmt
    | setStmt
    | letStmt
    | forStmt
    | runStmt
    | reportStmt
    | printStmt
    ;

modelStmt  : MODEL modelRef (AS alias=ident)? ;
modelRef   : ident | STRING ;

dataStmt   : DATA ident dataClause* ;
dataClause
    : AT expr       # dataAt
    | SPLIT ident   # dataSplit
    | SAMPLE expr   # dataSample
    | SEED expr     # dataSeed
    | WHERE expr    # dataWhere
    | EXCLUDING SAMPLE expr SEED expr  # dataExcluding
    ;

setStmt    : SET setKey ASSIGN expr ;
setKey     : ident | SEED ;

letStmt    : LET ident ASSIGN expr ;

forStmt    : FOR loopVar (COMMA loopVar)* (RUN attackList (INTO into=ident)? | block) ;
loopVar    : ident IN expr ;
block      : LBRACE (sep | statement)* RBRACE ;
sep        : NEWLINE | SEMI ;

runStmt    : RUN attackList (AT atVar=ident ASSIGN atValue=expr)? (INTO into=ident)? ;
attackList : attack (COMMA attack)* ;
attack     : ident LPAREN argList? RPAREN ;

reportStmt : REPORT what=expr (AS format=ident)? (TO to=expr)? ;

printStmt  : PRINT expr ;

// ---- expressions ----
expr           : orExpr ;
orExpr         : andExpr (OR andExpr)* ;
andExpr        : notExpr (AND notExpr)* ;
notExpr        : NOT notExpr | comparison ;
comparison     : rangeExpr (compOp rangeExpr)* ;
compOp         : LT | LE | GT | GE | EQ | NE ;
rangeExpr      : additive (DOTDOT additive (STEP additive)?)? ;
additive       : multiplicative ((PLUS | MINUS) multiplicative)* ;
multiplicative : unary ((STAR | SLASH) unary)* ;
unary          : MINUS unary | postfix ;
postfix        : primary postfixOp* ;
postfixOp
    : DOT ident                  # memberOp
    | LPAREN argList? RPAREN     # callOp
    ;
primary
    : NUMBER                                    # numberLit
    | STRING                                    # stringLit
    | TRUE                                      # trueLit
    | FALSE                                     # falseLit
    | ident                                     # nameRef
    | LBRACK (expr (COMMA expr)* COMMA?)? RBRACK  # listLit
    | LPAREN expr RPAREN                        # parens
    ;

argList : arg (COMMA arg)* COMMA? ;
arg     : argName ASSIGN expr | expr ;
argName : ident | SEED | STEP ;

ident   : ID ;
