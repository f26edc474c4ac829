// Times Mozilla Readability over a corpus of <page>/page.html on one thread, the same way the Java side is timed
// (warm-up iterations, then measured iterations of a fixed length; each iteration's figure is whole passes over
// the corpus per second), and writes its predictions in the format of score_extraction.py.
//
// usage: node extract.mjs --corpus DIR --dom linkedom|jsdom --predictions FILE --out FILE
//                         [--warmups N] [--iterations N] [--iteration-ms N]
import { readFileSync, readdirSync, existsSync, writeFileSync, mkdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { Readability } from "@mozilla/readability";

const args = parseArgs(process.argv.slice(2));
const parsers = {
  linkedom: async () => {
    const { parseHTML } = await import("linkedom");
    return (html) => parseHTML(html).document;
  },
  jsdom: async () => {
    const { JSDOM } = await import("jsdom");
    return (html) => new JSDOM(html).window.document;
  },
};
if (!parsers[args.dom]) {
  fail(`unknown --dom ${args.dom}: use linkedom or jsdom`);
}
const parse = await parsers[args.dom]();
const pages = loadCorpus(args.corpus);
const decoder = new TextDecoder("utf-8");

function extract(page) {
  return new Readability(parse(decoder.decode(page.bytes))).parse();
}

function pass() {
  let kept = 0;
  for (const page of pages) {
    if (extract(page)) {
      kept++;
    }
  }
  return kept;
}

function iteration(ms) {
  const start = process.hrtime.bigint();
  let passes = 0;
  let elapsed = 0;
  while (elapsed < ms) {
    pass();
    passes++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return passes / (elapsed / 1000);
}

writePredictions();
for (let i = 0; i < args.warmups; i++) {
  iteration(args.iterationMs);
}
const passesPerSecond = [];
for (let i = 0; i < args.iterations; i++) {
  passesPerSecond.push(iteration(args.iterationMs));
}
mkdirSync(dirname(args.out), { recursive: true });
writeFileSync(args.out, JSON.stringify({
  corpus: args.corpus,
  dom: args.dom,
  pages: pages.length,
  pagesPerSecond: scale(summary(passesPerSecond), pages.length),
  settings: `${args.warmups} warm-up + ${args.iterations} measured iterations of ${args.iterationMs} ms, `
    + `one thread, node ${process.version}`,
}, null, 2));

function writePredictions() {
  const lines = pages.map((page) => {
    const article = extract(page);
    return JSON.stringify({
      file: page.file,
      title: article?.title ?? null,
      publishTime: article?.publishedTime ?? null,
      body: article ? paragraphs(article.textContent) : null,
    });
  });
  mkdirSync(dirname(args.predictions), { recursive: true });
  writeFileSync(args.predictions, lines.join("\n") + "\n");
}

// Readability's textContent keeps the article's line breaks; one trimmed, non-empty line per paragraph.
function paragraphs(text) {
  return (text ?? "").split(/\n+/).map((line) => line.trim()).filter((line) => line.length > 0).join("\n");
}

function loadCorpus(dir) {
  if (!existsSync(dir)) {
    fail(`${dir}: no such corpus folder`);
  }
  const found = readdirSync(dir).sort()
    .map((name) => join(dir, name, "page.html"))
    .filter((file) => existsSync(file))
    .map((file) => ({ file, bytes: readFileSync(file) }));
  if (found.length === 0) {
    fail(`${dir}: no <page>/page.html files in the corpus folder`);
  }
  return found;
}

function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = 0.5 * (sorted.length - 1);
  const below = Math.floor(rank);
  const above = Math.min(below + 1, sorted.length - 1);
  return {
    runs: sorted.length,
    median: sorted[below] + (rank - below) * (sorted[above] - sorted[below]),
    min: sorted[0],
    max: sorted[sorted.length - 1],
  };
}

function scale(s, factor) {
  return { runs: s.runs, median: s.median * factor, min: s.min * factor, max: s.max * factor };
}

function parseArgs(argv) {
  const options = { warmups: 3, iterations: 10, iterationMs: 2000 };
  const names = {
    "--corpus": "corpus", "--dom": "dom", "--predictions": "predictions", "--out": "out",
    "--warmups": "warmups", "--iterations": "iterations", "--iteration-ms": "iterationMs",
  };
  for (let i = 0; i < argv.length; i += 2) {
    const key = names[argv[i]];
    if (!key || argv[i + 1] === undefined) {
      fail(`bad argument ${argv[i]}`);
    }
    options[key] = ["warmups", "iterations", "iterationMs"].includes(key) ? Number(argv[i + 1]) : argv[i + 1];
  }
  for (const required of ["corpus", "dom", "predictions", "out"]) {
    if (!options[required]) {
      fail(`missing --${required}`);
    }
  }
  return options;
}

function fail(message) {
  console.error(`extract.mjs: ${message}`);
  process.exit(2);
}
