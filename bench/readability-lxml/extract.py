#!/usr/bin/env python3
"""readability-lxml (Debian's python3-readability) over saved pages, as the peer of `chanye extract --json`.

usage: extract.py FILE...

Prints one JSON line per file, in order: {"file", "title", "publishTime": null, "body"}, the body being the text of
Readability's summary with one paragraph a line, the form score_extraction.py reads. Each file is read as bytes and
handed to readability, which finds the encoding itself (as chanye does). A file it cannot read is a line with an
"error" and no body; the run goes on.
"""
import json
import sys

import lxml.html
from readability import Document

BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "br", "blockquote", "pre", "section",
          "article", "td", "th", "dd", "dt", "figcaption"}


def paragraphs(summary_html):
    """The summary's text, one block a line."""
    root = lxml.html.fromstring(summary_html)
    lines, current = [], []
    for event, element in lxml.etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in BLOCKS:
                lines.append("".join(current))
                current = []
            if element.text:
                current.append(element.text)
        else:
            if tag in BLOCKS:
                lines.append("".join(current))
                current = []
            if element.tail:
                current.append(element.tail)
    lines.append("".join(current))
    return "\n".join(" ".join(line.split()) for line in lines if line.strip())


def main(files):
    out = sys.stdout
    for name in files:
        record = {"file": name, "title": None, "publishTime": None, "body": ""}
        try:
            with open(name, "rb") as f:
                doc = Document(f.read())
            record["title"] = doc.short_title()
            record["body"] = paragraphs(doc.summary(html_partial=True))
        except Exception as e:  # noqa: BLE001 - a peer's failure on one page is recorded, not fatal
            record["error"] = "%s: %s" % (type(e).__name__, e)
        out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
