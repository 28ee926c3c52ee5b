#!/usr/bin/env python3
"""Copies the page's own files into the site without their comments and
indentation (issue 12, "a small, fast download": the comments of loader.js,
reader_page.js and the page are about 2.5 KB of the first download, gzipped,
the indentation about 0.2 KB). The sources keep both.

usage: strip_comments.py SOURCE DESTINATION    (by extension: .js, .html)
  .js    drops lines that hold only a // comment (our scripts have no
         multi-line strings, so such a line is never inside a string)
  .html  drops <!-- --> comments and CSS /* */ comments
  both   drop the indentation (no <pre>, no multi-line string in these files)
Writes DESTINATION only when its content changes (no needless cache bust).
"""
import os
import re
import sys


def strip(name, text):
    if name.endswith(".js"):
        text = "".join(line for line in text.splitlines(True) if not re.match(r"\s*//", line))
    elif name.endswith(".html"):
        text = re.sub(r"<!--.*?-->\n?", "", text, flags=re.S)
        text = re.sub(r"[ \t]*/\*.*?\*/[ \t]*(\n(?=\s*\n))?", "", text, flags=re.S)
    else:
        raise SystemExit(f"strip_comments: no rule for {name}")
    return re.sub(r"(?m)^[ \t]+", "", text)


def main():
    source, destination = sys.argv[1:3]
    with open(source, encoding="utf-8") as f:
        out = strip(source, f.read())
    if os.path.exists(destination):
        with open(destination, encoding="utf-8") as f:
            if f.read() == out:
                return 0
    with open(destination, "w", encoding="utf-8") as f:
        f.write(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
