#!/usr/bin/env python3
"""Size of ATK's main Java code: lines, files over a limit, methods over a limit (a refactor's before/after).

Usage:
    python3 tools/code_stats.py [ROOT] [--file-limit 300] [--method-limit 60] [--list]

Counts every src/main/java/**/*.java under ROOT (default: the repository this script is in), generated sources
excluded. A method is found as a line that opens a body after a parameter list (declarations, constructors, lambdas
and type declarations such as records are not counted) and measured to its matching brace; string and character literals and comments are skipped when
matching braces. Standard library only.
"""
import argparse
import re
from pathlib import Path

DECLARATION = re.compile(
    r"^\s*(?:(?:public|protected|private|static|final|abstract|synchronized|default|native)\s+)*"
    r"(?:<[^>]+>\s+)?[\w.<>\[\], ?]+\s+(\w+)\s*\([^;]*\)\s*(?:throws [\w., ]+)?\s*\{\s*$|"
    r"^\s*(?:public|protected|private)\s+(\w+)\s*\([^;]*\)\s*(?:throws [\w., ]+)?\s*\{\s*$")
KEYWORDS = {"if", "for", "while", "switch", "catch", "synchronized", "try", "else", "do", "return", "new"}


def code_only(line):
    """The line without string/char literals and // comments (enough for brace matching in our sources)."""
    line = re.sub(r'"(?:\\.|[^"\\])*"', '""', line)
    line = re.sub(r"'(?:\\.|[^'\\])'", "''", line)
    return line.split("//", 1)[0]


def methods(lines):
    """(name, start line, length) of each method body in a file."""
    out = []
    i = 0
    in_block_comment = False
    while i < len(lines):
        text = lines[i]
        if "/*" in text and "*/" not in text:
            in_block_comment = True
        if in_block_comment:
            in_block_comment = "*/" not in text
            i += 1
            continue
        # a declaration may wrap: join up to 4 lines until it ends with {
        joined, j = text, i
        while not joined.rstrip().endswith(("{", ";", "}")) and j + 1 < len(lines) and j - i < 4:
            j += 1
            joined += " " + lines[j].strip()
        m = DECLARATION.match(joined)
        name = m and (m.group(1) or m.group(2))
        if not m or name in KEYWORDS or re.search(r"\b(record|class|interface|enum)\s+" + name + r"\b", joined):
            i += 1
            continue
        depth = 0
        k = i
        while k < len(lines):
            c = code_only(lines[k])
            depth += c.count("{") - c.count("}")
            if depth <= 0 and k >= j:
                break
            k += 1
        out.append((name, i + 1, k - i + 1))
        i = j + 1  # nested methods (anonymous classes) are measured as part of their outer method and on their own
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("root", nargs="?", default=str(Path(__file__).resolve().parent.parent))
    parser.add_argument("--file-limit", type=int, default=300)
    parser.add_argument("--method-limit", type=int, default=60)
    parser.add_argument("--list", action="store_true", help="name the long files and methods")
    args = parser.parse_args()
    root = Path(args.root)
    files = sorted(p for p in root.glob("*/src/main/java/**/*.java") if "generated" not in p.parts)
    total = 0
    long_files = []
    long_methods = []
    for f in files:
        lines = f.read_text(encoding="utf-8").splitlines()
        total += len(lines)
        rel = f.relative_to(root)
        if len(lines) > args.file_limit:
            long_files.append((len(lines), str(rel)))
        for name, start, length in methods(lines):
            if length > args.method_limit:
                long_methods.append((length, f"{rel}:{start} {name}"))
    print(f"{root}: {len(files)} files, {total} lines of main Java; "
          f"{len(long_files)} files over {args.file_limit} lines; "
          f"{len(long_methods)} methods over {args.method_limit} lines")
    if args.list:
        for n, what in sorted(long_files, reverse=True):
            print(f"  file   {n:5d}  {what}")
        for n, what in sorted(long_methods, reverse=True):
            print(f"  method {n:5d}  {what}")


if __name__ == "__main__":
    main()
