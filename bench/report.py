#!/usr/bin/env python3
"""Turn the JSON figures bench/run.sh wrote into one Markdown table per stage (stdlib only).

usage: report.py RESULTS_DIR STAGE   (STAGE: extract, classify, index, growth, crawl)

Each table shows the median of the repeated measurements with its range (min-max), the peer's figure where the
stage has a peer, the ratio measured in the same run, and the bar from the issues with whether it is met.
"""
import json
import os
import sys


def load(results, name):
    path = os.path.join(results, name)
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def spread(summary, digits=0):
    """'median (min-max, n runs)' of a Summary."""
    fmt = "{:,.%df}" % digits
    return "%s (%s-%s, n=%d)" % (fmt.format(summary["median"]), fmt.format(summary["min"]),
                                 fmt.format(summary["max"]), summary["runs"])


def verdict(value, bar, higher_is_better=True):
    met = value >= bar if higher_is_better else value <= bar
    if met:
        return "met"
    gap = (bar / value if higher_is_better else value / bar) if value else float("inf")
    return "NOT met (%.1fx short)" % gap


def table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def extract(results):
    ours = load(results, "extract-chanye.json")
    rows, bars = [], []
    entries = [("chanye ContentExtractor (Java, JMH)", "extract-chanye")]
    entries += [("Mozilla Readability 0.6.0 + %s (node)" % dom, "extract-readability-%s" % dom)
                for dom in ("linkedom", "jsdom")]
    for label, prefix in entries:
        speed = load(results, prefix + ".json")
        news = load(results, prefix + "-score-news.json")
        every = load(results, prefix + "-score-all.json")
        ratio = ours["pagesPerSecond"]["median"] / speed["pagesPerSecond"]["median"]
        rows.append([label, spread(speed["pagesPerSecond"], 1), "%.2f" % ratio,
                     "%.3f" % news["n4"]["f1_of_means"], "%.3f" % every["n4"]["f1_of_means"],
                     "%d/%d" % (news["title"]["correct"], news["title"]["total"]),
                     "%d/%d" % (news["date"]["correct"], news["date"]["total"])])
    parse_only = ours["parseOnlyPagesPerSecond"]
    rows.insert(1, ["jsoup decode + parse only, no extraction (the floor of row 1)", spread(parse_only, 1),
                    "%.2f" % (ours["pagesPerSecond"]["median"] / parse_only["median"]), "", "", "", ""])
    chanye_news = load(results, "extract-chanye-score-news.json")
    speed = ours["pagesPerSecond"]["median"]
    bars.append(["pages/s, one thread, after start-up (issue 4)", "%.1f" % speed, ">= 200", verdict(speed, 200)])
    for label, key, bar in (("body 4-shingle F1-of-means, news pages (issue 4)", "n4", 0.95),):
        value = chanye_news[key]["f1_of_means"]
        bars.append([label, "%.3f" % value, ">= %.2f" % bar, verdict(value, bar)])
    for label, key, bar in (("title accuracy, news pages (issue 4)", "title", 0.95),
                            ("publish date (day) accuracy, news pages (issue 4)", "date", 0.90)):
        value = chanye_news[key]["acc"]
        bars.append([label, "%.3f" % value, ">= %.2f" % bar, verdict(value, bar)])
    return "\n\n".join([
        "Corpus: `%s`, %d pages (%d news); each pass decodes the bytes, parses and extracts every page." % (
            ours["corpus"], ours["pages"], chanye_news["pages"]),
        table(["extractor", "pages/s median (range, runs)", "ours / this", "body F1 news", "body F1 all 16",
               "title news", "date news"], rows),
        table(["bar", "measured", "bar", "verdict"], bars),
        "Settings: chanye %s; Readability %s (jsdom: %s)." % (
            ours["settings"], load(results, "extract-readability-linkedom.json")["settings"],
            load(results, "extract-readability-jsdom.json")["settings"]),
    ])


STAGES = {"extract": extract}


def main():
    if len(sys.argv) != 3 or sys.argv[2] not in STAGES:
        sys.exit("usage: report.py RESULTS_DIR {%s}" % ",".join(STAGES))
    results, stage = sys.argv[1], sys.argv[2]
    text = STAGES[stage](results)
    with open(os.path.join(results, stage + ".md"), "w", encoding="utf-8") as f:
        f.write(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
