#!/usr/bin/env python3
"""Turn the JSON figures bench/run.sh wrote into one Markdown table per stage (stdlib only).

usage: report.py RESULTS_DIR STAGE   (STAGE: extract, extract-process, classify, index, growth, crawl, scrapy, solr,
                                     stories, report, export)

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
    bars.append(["pages/s, one thread, not below issue 4's figure (issue 15)", "%.1f" % speed, ">= 421",
                 verdict(speed, 421)])
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


def extract_process(results):
    copied, generated = (int(n) for n in
                         open(os.path.join(results, "extract-process-pages.txt"), encoding="utf-8").read().split())
    walls, ratios = {}, {}
    for pages in ("copies", "generated"):
        times = {tool: load(results, "extract-process-%s-%s.json" % (pages, tool))["results"][0]["times"]
                 for tool in ("chanye", "readability")}
        for tool, values in times.items():
            walls[pages, tool] = summarise(values)
        ratios[pages] = summarise([peer / ours for ours, peer in zip(times["chanye"], times["readability"])])
    speed_rows = []
    for pages, count, label in (("copies", copied, "the corpus pages, %d copies of the 16 (avg 206 KB)" % (copied // 16)),
                                ("generated", generated, "generated article pages (avg 9 KB)")):
        ours, peer = walls[pages, "chanye"], walls[pages, "readability"]
        speed_rows.append(["%d files: %s" % (count, label), spread(ours, 2), "%.0f" % (count / ours["median"]),
                           spread(peer, 2), "%.1f" % (count / peer["median"]), spread(ratios[pages], 1)])
    quality_rows = []
    for tool, label in (("chanye", "`chanye extract --json`"), ("readability", "readability-lxml 0.8.1")):
        gen = load(results, "extract-process-%s-score-generated.json" % tool)
        corpus = load(results, "extract-process-%s-score-corpus.json" % tool)
        quality_rows.append([label, "%.3f" % gen["n4"]["f1_of_means"],
                             "%d/%d" % (gen["title"]["correct"], gen["title"]["total"]),
                             "%d/%d" % (gen["date"]["correct"], gen["date"]["total"]),
                             "%.3f" % corpus["n4"]["f1_of_means"],
                             "%d/%d" % (corpus["title"]["correct"], corpus["title"]["total"]),
                             "%d/%d" % (corpus["date"]["correct"], corpus["date"]["total"])])
    ratio = ratios["copies"]["median"]
    return "\n\n".join([
        "Whole processes, start-up included: `./chanye extract --json FILE...` (the launcher's JVM flags, every core) "
        "and `python3 bench/readability-lxml/extract.py FILE...` (readability-lxml from Debian's python3-readability, "
        "one process), each over the same files, in the same run: one warm-up each, then the runs shown in turns "
        "(the first of the two alternating), wall time by `/usr/bin/time`. The ratio is the median of each turn's "
        "ratio, the two runs of a turn having seen the same load.",
        table(["files", "chanye wall s median (range, runs)", "chanye pages/s", "readability-lxml wall s",
               "readability-lxml pages/s", "readability-lxml / chanye, per turn"], speed_rows),
        table(["extractor", "body F1 generated", "title generated", "date generated", "body F1 corpus news",
               "title corpus news", "date corpus news"], quality_rows),
        table(["bar", "measured", "bar", "verdict"],
              [["whole-process `chanye extract --json` against readability-lxml over a few hundred real pages, same "
                "run (issue 15)", "%.1fx" % ratio, ">= 10x", verdict(ratio, 10)]]),
    ])


def summarise(values):
    """A Summary (as the Java side writes it) of a list of numbers."""
    ordered = sorted(values)
    rank = 0.5 * (len(ordered) - 1)
    below = int(rank)
    above = min(below + 1, len(ordered) - 1)
    median = ordered[below] + (rank - below) * (ordered[above] - ordered[below])
    return {"runs": len(ordered), "median": median, "min": ordered[0], "max": ordered[-1]}


def classify(results):
    figures = load(results, "classify.json")
    startup = load(results, "classify-startup.json")
    marks = figures["benchmarks"]
    smartcn = marks["smartcn"]["articlesPerSecond"]["median"]
    labels = [("hanlpWords", "HanLP words, the classifier's segmentation (Segmenter.words)"),
              ("hanlpIndexWords", "HanLP index words, the index's segmentation (Segmenter.indexWords)"),
              ("hanlpDefault", "HanLP.newSegment() defaults, no project dictionary or normalisation (baseline)"),
              ("smartcn", "Lucene smartcn (SmartChineseAnalyzer), same text"),
              ("classify", "whole classification (ArticleClassifier.classify: segmentation, scoring, keywords, regions)")]
    rows = [[label, spread(marks[key]["articlesPerSecond"]), spread(marks[key]["charsPerSecond"]),
             "%.2f" % (marks[key]["articlesPerSecond"]["median"] / smartcn)] for key, label in labels]
    speed = marks["classify"]["articlesPerSecond"]["median"]
    start = startup["jvmStartToFirstResultMs"]["median"]
    bars = [["classification articles/s, 2,000 chars, one thread (issue 5)", "%.0f" % speed, ">= 500",
             verdict(speed, 500)],
            ["start-up, JVM start to first classification (issue 5)", "%.0f ms" % start, "< 1500 ms",
             verdict(start, 1500, higher_is_better=False)],
            ["classification articles/s with sense rules and sentence-level scoring (issue 12)", "%.0f" % speed,
             ">= 900", verdict(speed, 900)],
            ["start-up, JVM start to first classification (issue 12)", "%.0f ms" % start, "< 1000 ms",
             verdict(start, 1000, higher_is_better=False)]]
    return "\n\n".join([
        "Text: %d generated articles of %d characters each (seed %d) per pass." % (
            figures["articles"], figures["charsPerArticle"], figures["seed"]),
        table(["what", "articles/s median (range, runs)", "chars/s median (range, runs)", "/ smartcn"], rows),
        table(["start-up, fresh JVM (%s)" % " ".join(startup["jvmArgs"]), "median ms (range, runs)"], [
            ["JVM start to first result", spread(startup["jvmStartToFirstResultMs"])],
            ["taxonomy + HanLP load + first classification (inside main)", spread(startup["loadToFirstResultMs"])]]),
        table(["bar", "measured", "bar", "verdict"], bars),
        "Settings: %s." % figures["settings"],
    ])


def latency_of(checkpoint):
    """Median over the timed rounds of each percentile."""
    return {key: summarise([r[key] for r in checkpoint["rounds"]]) for key in ("p50", "p95", "p99")}


def cold_start(results):
    run = load(results, "search-cold-start.json")["results"][0]
    return summarise(run["times"]), run["command"]


def index(results):
    figures = load(results, "index.json")
    first, last = figures["checkpoints"][0], figures["checkpoints"][-1]
    lat = latency_of(last)
    cold, command = cold_start(results)
    check = last["searchCheck"]
    size = format(last["documents"], ",")
    rows = [["indexing docs/s, one feeding thread, docs %s-%s (the first %s warm up the JIT, untimed)" % (
                 format(first["documents"] - first["timedDocuments"] + 1, ","), format(first["documents"], ","),
                 format(first["documents"] - first["timedDocuments"], ",")),
             "%.0f" % first["docsPerSecond"], ">= 300", verdict(first["docsPerSecond"], 300)],
            ["search p50 at %s docs, two-word queries, facets + highlighting" % size,
             "%s ms" % spread(lat["p50"], 2), "< 10 ms", verdict(lat["p50"]["median"], 10, higher_is_better=False)],
            ["search p95 at %s docs" % size, "%s ms" % spread(lat["p95"], 2), "", ""],
            ["search p99 at %s docs" % size, "%s ms" % spread(lat["p99"], 2), "< 50 ms",
             verdict(lat["p99"]["median"], 50, higher_is_better=False)],
            ["`chanye search` cold start at %s docs, wall" % size, "%s s" % spread(cold, 2), "< 1.5 s",
             verdict(cold["median"], 1.5, higher_is_better=False)]]
    return "\n\n".join([
        "Index: %s generated articles (seed %d) tagged with the cluster they were generated about; %d distinct "
        "two-word queries drawn from the articles, %d timed rounds after one warm-up round; latency is the median "
        "over rounds of each round's percentile, with its range." % (
            size, figures["seed"], figures["queries"], len(last["rounds"])),
        table(["figure (issue 6)", "measured: median (range, runs)", "bar", "verdict"], rows),
        "What the timed searches returned: %.0f matches per query on average; %.0f%% of responses with cluster "
        "facets; %.0f%% with a highlighted snippet on the first hit. Writer outcomes: %s. Cold start command: `%s`." % (
            check["meanTotal"], 100 * check["withFacets"], 100 * check["withHighlight"],
            ", ".join("%s %s" % (k.lower(), format(v, ",")) for k, v in figures["outcomes"].items()), command.strip()),
    ])


def growth(results):
    figures = load(results, "index.json")
    rows = []
    for point in figures["checkpoints"]:
        lat = latency_of(point)
        rows.append([format(point["documents"], ","), "%.1f" % (point["indexBytes"] / 2 ** 20),
                     "%.0f" % (point["indexBytes"] / point["documents"]),
                     "%.0f (%d thread%s)" % (point["docsPerSecond"], point["threads"],
                                             "" if point["threads"] == 1 else "s"),
                     "%d" % point["openMs"], "%.2f" % lat["p50"]["median"], "%.2f" % lat["p95"]["median"],
                     "%.2f" % lat["p99"]["median"]])
    return "\n\n".join([
        "One index grown in place; at each checkpoint the writer commits, the index is weighed on disk and a fresh "
        "searcher times the same queries (median of the rounds' percentiles). docs/s is the writer's rate since "
        "the previous checkpoint, with the threads that fed it.",
        table(["documents", "index MiB", "bytes/doc", "docs/s (feeding threads)", "searcher open ms", "p50 ms",
               "p95 ms", "p99 ms"], rows),
    ])


def time_v(path):
    """Wall seconds, peak RSS in MiB, exit status and CPU share from a /usr/bin/time -v report."""
    fields = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            key, _, value = line.strip().rpartition(": ")
            fields[key] = value
    clock = [float(part) for part in fields["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":")]
    seconds = sum(part * 60 ** power for power, part in enumerate(reversed(clock)))
    return (seconds, int(fields["Maximum resident set size (kbytes)"]) / 1024, int(fields["Exit status"]),
            fields["Percent of CPU this job got"])


def crawl_run(results, name):
    """The crawl summary, wall seconds, peak RSS, exit status, CPU share and whether the JVM ran out of memory."""
    wall, rss, status, cpu = time_v(os.path.join(results, name + ".time"))
    try:
        summary = load(results, name + ".json")
    except ValueError:
        summary = None
    with open(os.path.join(results, name + ".err"), encoding="utf-8", errors="replace") as f:
        oom = "OutOfMemoryError" in f.read()
    return summary, wall, rss, status, cpu, oom


def frontier_urls(results):
    """'QUEUED 19,743, DONE 299, ...' from the crawl state's counts, or why they are missing."""
    path = os.path.join(results, "frontier-urls.txt")
    if not os.path.exists(path):
        return "not counted (no sqlite3 shell or no state file)"
    counts = [line.strip().split("|") for line in open(path, encoding="utf-8") if "|" in line]
    total = sum(int(n) for _, n in counts)
    return "%s in all: %s" % (format(total, ","), ", ".join("%s %s" % (s, format(int(n), ",")) for s, n in counts))


def crawl(results):
    site = load(results, "crawl-site.json")
    rows, speeds, rss_all = [], [], []
    run = 1
    while os.path.exists(os.path.join(results, "crawl-run-%d.time" % run)):
        summary, wall, rss, status, cpu, _ = crawl_run(results, "crawl-run-%d" % run)
        if summary is None or status != 0:
            rows.append([run, "failed (exit %d, see crawl-run-%d.err)" % (status, run)] + [""] * 7)
        else:
            speed = summary["fetched"] / (summary["elapsedMs"] / 1000.0)
            speeds.append(speed)
            rss_all.append(rss)
            rows.append([run, format(summary["fetched"], ","), format(summary["articles"], ","),
                         format(summary["indexed"], ","), summary["errors"], "%.1f" % (summary["elapsedMs"] / 1000.0),
                         "%.0f" % speed, "%.1f / %.0f" % (wall, rss), cpu])
        run += 1
    parts = ["Site: %s pages (%s articles, %d list pages) served by chanye's SiteServer in a second JVM on "
             "127.0.0.1, warmed by one crawl that is not measured; `chanye crawl --delay-ms 0`, each run into a fresh data "
             "folder, under `/usr/bin/time -v`." % (
                 format(site["pages"], ","), format(site["articles"], ","), site["listPages"]),
             table(["run", "fetched", "articles", "indexed", "errors", "crawl s", "pages/s", "wall s / peak RSS MiB",
                    "CPU (of 200%)"], rows)]
    if speeds:
        speed = summarise(speeds)
        parts.append(table(["bar", "measured: median (range, runs)", "bar", "verdict"], [
            ["end-to-end pages/s on loopback (issue 3)", spread(speed), ">= 200", verdict(speed["median"], 200)],
            ["peak RSS MiB", spread(summarise(rss_all)), "", ""]]))
    frontier = load(results, "frontier-site.json")
    summary, wall, rss, status, cpu, oom = crawl_run(results, "frontier")
    done = summary is not None and status == 0 and not oom
    parts.append("Frontier: one archive page links all %s articles of a generated site, so the first fetch puts "
                 "every article URL in the frontier; the launcher's JVM options plus a 512 MB heap "
                 "(`CHANYE_JAVA_OPTS=\"-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx512m\"`), `--max-pages` bounds "
                 "the fetches." % (
                     format(frontier["articles"], ",")))
    parts.append(table(["frontier run", "result"], [
        ["URLs linked from the seed page", format(frontier["articles"], ",")],
        ["completed without OOM", "yes" if done else "NO (exit %d%s)" % (status, ", OutOfMemoryError" if oom else "")],
        ["fetched / articles", "%s / %s" % (format(summary["fetched"], ","), format(summary["articles"], ","))
            if summary else "-"],
        ["URLs in the crawl state by status (SQLite)", frontier_urls(results)],
        ["wall s / peak RSS MiB / CPU", "%.1f / %.0f / %s" % (wall, rss, cpu)]]))
    return "\n\n".join(parts)


def scrapy(results):
    site = load(results, "scrapy-site.json")
    rows, ratios, ours, theirs = [], [], [], []
    run = 1
    while os.path.exists(os.path.join(results, "scrapy-run-%d-chanye.time" % run)):
        summary, wall, rss, status, cpu, _ = crawl_run(results, "scrapy-run-%d-chanye" % run)
        s_wall, s_rss, s_status, s_cpu = time_v(os.path.join(results, "scrapy-run-%d-scrapy.time" % run))
        try:
            peer = load(results, "scrapy-run-%d-scrapy.json" % run)
        except (OSError, ValueError):
            peer = None
        if summary is None or status != 0 or peer is None or s_status != 0 or peer["reason"] != "finished":
            rows.append([run, "failed (see scrapy-run-%d-*)" % run] + [""] * 6)
        else:
            speed = summary["fetched"] / (summary["elapsedMs"] / 1000.0)
            peer_speed = peer["responses"] / peer["elapsedSeconds"]
            ours.append(speed)
            theirs.append(peer_speed)
            ratios.append(speed / peer_speed)
            rows.append([run, "%s in %.1f s" % (format(summary["fetched"], ","), summary["elapsedMs"] / 1000.0),
                         "%.0f" % speed, "%.1f s, %s, %.0f MiB" % (wall, cpu, rss),
                         "%s in %.1f s" % (format(peer["responses"], ","), peer["elapsedSeconds"]),
                         "%.0f" % peer_speed, "%.1f s, %s, %.0f MiB" % (s_wall, s_cpu, s_rss),
                         "%.2fx" % (speed / peer_speed)])
        run += 1
    parts = ["Site: %s pages (%s articles, %d list pages), written as static files and served by nginx (1 worker, "
             "keep-alive, no access log) on 127.0.0.1. chanye: the whole pipeline, `chanye crawl --delay-ms 0` "
             "(fetch, extract, classify, index; one request at a time to the host, as it is polite), into a fresh "
             "data folder. Scrapy: `bench/scrapy/news_spider.py`, a plain spider that parses each page's title and "
             "paragraphs into an item written as JSON lines and follows every link, with 16 requests at once to the "
             "host and no delay (Scrapy's defaults otherwise). The two crawl in turns, the first of them "
             "alternating; pages/s is pages fetched over each crawler's own crawl time (chanye's `elapsedMs`, "
             "Scrapy's `elapsed_time_seconds`); wall time (start-up included), CPU share (of 200%%) and peak RSS "
             "come from `/usr/bin/time -v`." % (
                 format(site["pages"], ","), format(site["articles"], ","), site["listPages"]),
             table(["run", "chanye fetched", "chanye pages/s", "chanye wall, CPU, RSS", "Scrapy fetched",
                    "Scrapy pages/s", "Scrapy wall, CPU, RSS", "ratio"], rows)]
    if ratios:
        ratio = summarise(ratios)
        parts.append(table(["bar", "measured: median (range, runs)", "bar", "verdict"], [
            ["chanye pages/s", spread(summarise(ours)), "", ""],
            ["Scrapy pages/s", spread(summarise(theirs)), "", ""],
            ["chanye / Scrapy, same run (issue 16)", spread(ratio, 2), ">= 3", verdict(ratio["median"], 3)]]))
    return "\n\n".join(parts)


def solr(results):
    figures = load(results, "solr.json")
    local, cloud = figures["backends"]["local"], figures["backends"]["solr"]
    lat = {name: latency_of(figures["backends"][name]) for name in ("local", "solr")}
    rows = []
    for key, what in (("oneThreadDocsPerSecond", "one feeding thread"),
                      ("threadedDocsPerSecond", "%d feeding threads" % figures["threads"])):
        ours, theirs = summarise(local[key]), summarise(cloud[key])
        ratios = summarise([a / b for a, b in zip(local[key], cloud[key])])
        rows.append(["indexing docs/s, %s" % what, spread(ours), spread(theirs),
                     "%.2f (local / Solr, same repeat)" % ratios["median"]])
    for key in ("p50", "p95", "p99"):
        rows.append(["search %s ms, two-word queries, facets + highlighting, one hit per story" % key,
                     spread(lat["local"][key], 2), spread(lat["solr"][key], 2),
                     "%.2f (Solr / local)" % (lat["solr"][key]["median"] / lat["local"][key]["median"])])
    return "\n\n".join([
        "Documents: %s generated articles (seed %d), the same into the local index and into a collection of 2 shards x "
        "2 replicas on the 2-node SolrCloud of scripts/solrcloud-local.sh (nodes and ZooKeeper on this machine). "
        "The first %s are written untimed; then half of the rest from one thread and half from %d threads, each "
        "share timed with its commit; %d times, each into a fresh index and a fresh collection, the backends in turn. "
        "Searches (on the last repeat's indexes): %d distinct two-word queries, 10 hits, one warm-up round and %d timed "
        "rounds, the backends taking turns in each round; latency is the median over rounds of each round's "
        "percentile, with its range. Hits per query agree: %.1f local, %.1f on Solr." % (
            format(figures["documents"], ","), figures["seed"], format(figures["warmupDocuments"], ","),
            figures["threads"], figures["repeats"], figures["queries"], len(local["rounds"]), local["meanTotal"], cloud["meanTotal"]),
        table(["figure", "local index: median (range, runs)", "SolrCloud, 2 nodes", "ratio"], rows),
    ])




def stories(results):
    figures = load(results, "stories.json")
    rows, bars = [], []
    for point in figures["checkpoints"]:
        size = "{:,}".format(point["documents"])
        rows.append([size, spread(point["withoutPerSecond"]), spread(point["withPerSecond"]),
                     "%.1f %% (%.1f to %.1f %%)" % (100 * point["loss"], 100 * point["lossPerRound"]["min"],
                                                    100 * point["lossPerRound"]["max"]),
                     "%.3f ms" % point["costMs"],
                     "%.0f / %.0f ms" % (point["openWithMs"]["median"], point["openWithoutMs"]["median"]),
                     "%.0f bytes" % point["storyBytesPerDocument"]])
        bars.append(["indexing loses at most 15 %% of its rate with stories, at %s documents (14)" % size,
                     "%.1f %%" % (100 * point["loss"]), "<= 15 %", verdict(point["loss"], 0.15, higher_is_better=False)])
    return "\n\n".join([
        ("Corpus: generated articles (seed %d), classified as a crawl tags them, and for every %d-th an edited copy "
         "on another site (new title, 原标题 line, last paragraph cut). One index grows with stories (one thread up "
         "to the first size: %.0f docs/s after the warm-up); at each size, rounds of %d fresh articles are indexed "
         "with stories and without (each a story of its own, no signature) back to back, one thread, commit "
         "included, the mode that goes first alternating from round to round; the rate lost and the lookup cost are "
         "the medians over the rounds of each round's pair.") % (
            figures["seed"], figures["copyEvery"], figures["buildPerSecond"], figures["round"]),
        table(["index size", "docs/s without stories", "docs/s with stories", "rate lost (median of the rounds, range)",
               "lookup cost per article", "writer open with / without stories (medians)",
               "stories' heap per document"], rows),
        table(["bar", "measured", "bar", "verdict"], bars),
        ("Final index: %s documents, %s stories; %d of %d planted copies indexed with stories joined the story of the "
         "article they copy.") % ("{:,}".format(figures["documents"]), "{:,}".format(figures["stories"]),
                                  figures["copiesJoined"], figures["plantedCopies"]),
    ])


def report_stage(results):
    figures = load(results, "report.json")
    command = load(results, "report-command.json")["results"][0]
    wall = summarise(command["times"])
    rows = [["figures of the whole index, by month (in one JVM)", spread(figures["monthMs"]) + " ms"],
            ["figures of the whole index, by week (in one JVM)", spread(figures["weekMs"]) + " ms"],
            ["HTML page, %s bytes (in one JVM)" % "{:,}".format(figures["pageBytes"]), spread(figures["renderMs"]) + " ms"],
            ["`chanye report --out`, cold start to file written, wall", spread(wall, 2) + " s"]]
    bars = [["a report over %s documents in under 3 s (14)" % "{:,}".format(figures["documents"]),
             "%.2f s" % wall["median"], "< 3 s", verdict(wall["median"], 3.0, higher_is_better=False)]]
    return "\n\n".join([
        "Index: the stories stage's, %s documents telling %s stories." % (
            "{:,}".format(figures["documents"]), "{:,}".format(figures["stories"])),
        table(["figure", "median (range, runs)"], rows),
        table(["bar", "measured", "bar", "verdict"], bars),
        "Command: `%s`." % command["command"],
    ])


def export_stage(results):
    figures = load(results, "export.json")
    command = load(results, "export-command.json")["results"][0]
    wall = summarise(command["times"])
    command_rate = figures["rows"] / wall["median"]
    rows = [["CSV, no bodies (in one JVM)", spread(figures["csvRowsPerSecond"])],
            ["CSV with bodies (in one JVM, one run)", "{:,.0f}".format(figures["csvWithBodyRowsPerSecond"])]]
    rows += [["%s, no bodies (in one JVM, one run), %s bytes" % (fmt.upper(), "{:,}".format(figures["bytes"][fmt])),
              "{:,.0f}".format(rate)] for fmt, rate in figures["rowsPerSecond"].items()]
    rows.append(["`chanye export --format csv`, cold start to file written: %s s wall" % spread(wall, 2),
                 "{:,.0f}".format(command_rate)])
    memory = []
    for label, name in (("about 1,000 rows", "export-few"), ("all %s rows" % "{:,}".format(figures["rows"]), "export-all")):
        for fmt in ("csv", "xlsx"):
            seconds, rss, status, _ = time_v(os.path.join(results, "%s-%s.time" % (name, fmt)))
            memory.append(["%s to %s, -Xmx128m" % (label, fmt.upper()), "%.0f MiB" % rss, "%.1f s" % seconds,
                           "ok" if status == 0 else "exit %d" % status])
    bars = [["export to CSV at least 20,000 rows/s (14)", "{:,.0f}".format(command_rate), ">= 20,000",
             verdict(command_rate, 20000)]]
    return "\n\n".join([
        "Index: the stories stage's, %s documents; every one exported, copies included." % "{:,}".format(figures["rows"]),
        table(["export", "rows/s median (range, runs)"], rows),
        table(["memory (peak RSS of the whole JVM)", "peak RSS", "wall", "exit"], memory),
        table(["bar", "measured", "bar", "verdict"], bars),
    ])


STAGES = {"extract": extract, "extract-process": extract_process, "classify": classify, "index": index,
          "growth": growth, "crawl": crawl, "scrapy": scrapy, "solr": solr, "stories": stories, "report": report_stage,
          "export": export_stage}


def load_note(results, stage):
    """The machine's 1-minute load average before and after the stage, as the script recorded it."""
    path = os.path.join(results, ("index" if stage == "growth" else stage) + "-load.txt")
    if not os.path.exists(path):
        return ""
    marks = dict(line.split() for line in open(path, encoding="utf-8") if line.strip())
    machine = load(results, "machine.json")
    return "\n\nMachine: %s cores (%s), %s, %s. 1-minute load average: %s before the stage, %s after." % (
        machine["cores"], machine["cpu"], machine["memory"], machine["java"], marks.get("before", "?"),
        marks.get("after", "?"))


def main():
    if len(sys.argv) != 3 or sys.argv[2] not in STAGES:
        sys.exit("usage: report.py RESULTS_DIR {%s}" % ",".join(STAGES))
    results, stage = sys.argv[1], sys.argv[2]
    text = STAGES[stage](results) + load_note(results, stage)
    with open(os.path.join(results, stage + ".md"), "w", encoding="utf-8") as f:
        f.write(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
