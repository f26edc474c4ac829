package chanye.cli.command;

import chanye.classifier.Analysis;
import chanye.classifier.ArticleClassifier;
import chanye.classifier.ClusterTag;
import chanye.classifier.score.ClusterVerdict;
import chanye.classifier.score.Scoring;
import chanye.classifier.score.Sentence;
import chanye.classifier.score.TermHit;
import chanye.classifier.segment.Token;
import chanye.classifier.taxonomy.Taxonomy;
import chanye.cli.DataDir;
import chanye.cli.Json;
import chanye.cli.Main;
import chanye.cli.UserException;
import chanye.cli.pipeline.Taxonomies;
import chanye.crawler.charset.BinarySniffer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chanye analyze}: the answer to "why was this tagged?", as Elasticsearch's {@code _analyze} and
 * {@code explain} are. It shows the words HanLP made with the taxonomy's terms marked, each term's sentence, weight
 * and what its sense rule decided, and each cluster's score against its threshold with the reason it was or was
 * not assigned; the tags are those {@code classify} gives for the same input.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Explain how a text is tagged: its words, each term's sentence, weight and sense rule, and each"
                + " cluster's score against its threshold with the reason.")
public final class AnalyzeCommand implements Callable<Integer> {

    /** Words shown per part in the human output; --json has them all. */
    static final int SHOWN_WORDS = 300;
    private static final int LINE_WIDTH = 100;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Main main;

    @Parameters(index = "0", arity = "0..1", paramLabel = "TEXT|FILE|-",
            description = "The text itself, a file (plain text or HTML, any charset), or - or none for stdin.")
    private String input;

    @Option(names = "--title", paramLabel = "TITLE", description = "A title for the text, weighted as a headline.")
    private String titleOption;

    @Option(names = "--json", description = "Print one JSON object.")
    private boolean json;

    @Option(names = "--taxonomy", paramLabel = "FILE|NAME", description = Taxonomies.CLASSIFY_OPTION_HELP)
    private Path taxonomyFile;

    /** A word as HanLP made it, and whether it is a taxonomy term. */
    record Word(String text, int start, int end, String pos, boolean term) {
    }

    /** The words of the title and of the body. */
    record Words(List<Word> title, List<Word> body) {
    }

    /** A sentence with its text. */
    record SentenceOut(boolean title, int start, int end, String text, boolean lead, boolean content,
                       boolean listItem) {
    }

    /** An occurrence of a term, with its status for scripts (kebab-case) and for people. */
    record HitOut(String term, String cluster, boolean strong, boolean title, int start, int end, int sentence,
                  double weight, String status, String note, String meaning) {
    }

    /** Everything {@code --json} prints; {@code tags}, {@code keywords} and {@code regions} are classify's. */
    record Result(String taxonomy, String kind, String title, Words words, List<SentenceOut> sentences,
                  List<HitOut> hits, List<ClusterVerdict> clusters, List<ClusterTag> tags, List<String> keywords,
                  List<String> regions) {
    }

    @Override
    public Integer call() throws IOException {
        DataDir data = main.dataDir();
        TextInput.Text text = read();
        Taxonomy taxonomy = Taxonomies.forClassify(data, taxonomyFile);
        ArticleClassifier classifier = Taxonomies.classifier(taxonomy, data);
        String title = titleOption != null ? titleOption : text.title();
        Analysis analysis = classifier.analyze(title, text.body());
        Result result = result(taxonomy.name(), analysis);
        if (json) {
            spec.commandLine().getOut().println(Json.line(result));
        } else {
            new AnalysisPrinter(spec.commandLine().getOut(), LINE_WIDTH).print(result);
        }
        return 0;
    }

    /**
     * The text to analyse: stdin, a file, or the argument itself.
     *
     * @throws UserException (bad usage) for empty or binary input, or a path that names no file
     */
    private TextInput.Text read() throws IOException {
        String name = TextInput.name(input);
        byte[] bytes;
        if (TextInput.isStdin(input) || isFile(input)) {
            bytes = TextInput.readAll(input);
        } else if (looksLikeAPath(input)) {
            throw UserException.usage(input + ": no such file");
        } else {
            name = "the text given";
            bytes = input.getBytes(StandardCharsets.UTF_8);
        }
        String kind = BinarySniffer.describe(bytes);
        if (kind != null) {
            throw UserException.usage(name + ": binary input (" + kind + "), not text");
        }
        TextInput.Text text = TextInput.decode(name, bytes);
        if (text.body().isBlank() && text.title().isBlank() && (titleOption == null || titleOption.isBlank())) {
            throw UserException.usage(name + ": empty input, nothing to analyze");
        }
        return text;
    }

    /** Whether the argument names a file or directory; a blank argument, or one no path can hold, is text. */
    private static boolean isFile(String argument) {
        try {
            return !argument.isBlank() && Files.exists(Path.of(argument));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** A word with no Chinese in it that has a file's shape (a slash or an extension): a file that is not there. */
    private static boolean looksLikeAPath(String argument) {
        boolean chinese = argument.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return !chinese && !argument.contains(" ") && (argument.contains("/") || argument.contains("\\")
                || argument.matches(".*\\.[A-Za-z0-9]{1,5}"));
    }

    private static Result result(String taxonomy, Analysis analysis) {
        Scoring scoring = analysis.scoring();
        Set<String> titleTerms = new HashSet<>();
        Set<String> bodyTerms = new HashSet<>();
        for (TermHit hit : scoring.hits()) {
            (hit.title() ? titleTerms : bodyTerms).add(hit.start() + ":" + hit.end());
        }
        Words words = new Words(words(analysis.titleWords(), titleTerms), words(analysis.bodyWords(), bodyTerms));
        List<SentenceOut> sentences = scoring.sentences().stream().map(s -> sentence(analysis, s)).toList();
        List<HitOut> hits = scoring.hits().stream().map(h -> new HitOut(h.term(), h.cluster(), h.strong(), h.title(),
                h.start(), h.end(), h.sentence(), h.weight(), h.status().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                h.note(), h.status().description())).toList();
        return new Result(taxonomy, scoring.kind().name().toLowerCase(Locale.ROOT), analysis.title(), words,
                sentences, hits, scoring.verdicts(), analysis.classification().clusters(),
                analysis.classification().keywords(), analysis.classification().regions());
    }

    private static List<Word> words(List<Token> tokens, Set<String> terms) {
        return tokens.stream().map(t -> new Word(t.text(), t.start(), t.end(), t.pos(),
                terms.contains(t.start() + ":" + t.end()))).toList();
    }

    private static SentenceOut sentence(Analysis analysis, Sentence s) {
        String source = s.title() ? analysis.title() : analysis.body();
        return new SentenceOut(s.title(), s.start(), s.end(), source.substring(s.start(), s.end()), s.lead(),
                s.content(), s.listItem());
    }

    /** Prints a {@link Result} for people, fitting a terminal. */
    private record AnalysisPrinter(PrintWriter out, int width) {

        void print(Result r) {
            long sentences = r.sentences().stream().filter(s -> !s.title()).count();
            out.printf(Locale.ROOT, "taxonomy %s; %s: %d %s in the body%n", r.taxonomy(), kind(r.kind()), sentences,
                    sentences == 1 ? "sentence" : "sentences");
            out.println();
            out.println("words (taxonomy terms in 【】):");
            if (!r.words().title().isEmpty()) {
                words("  title: ", r.words().title());
            }
            words("  body:  ", r.words().body());
            out.println();
            out.println("terms, sentence by sentence (weight added, and how each counted):");
            if (r.hits().isEmpty()) {
                out.println("  no taxonomy term in the text");
            }
            int shown = -1;
            for (HitOut hit : r.hits()) {
                if (hit.sentence() != shown) {
                    shown = hit.sentence();
                    SentenceOut s = r.sentences().get(shown);
                    out.printf(Locale.ROOT, "  %s %s%s%n", s.title() ? "[title]" : "[" + shown + "]",
                            clip(s.text().strip(), width - 12), marks(s));
                }
                out.printf(Locale.ROOT, "      %s %-16s %-6s %+6.2f  %s%s%n", pad(hit.term(), 12), hit.cluster(),
                        hit.strong() ? "strong" : "weak", hit.weight(), hit.meaning(),
                        hit.note().isEmpty() ? "" : " (" + hit.note() + ")");
            }
            out.println();
            out.println("clusters (score / threshold for this kind of text):");
            int silent = 0;
            for (ClusterVerdict v : r.clusters()) {
                if (v.score() == 0 && v.evidence().isEmpty() && !v.assigned()) {
                    silent++;
                    continue;
                }
                out.printf(Locale.ROOT, "  %-16s %s %6.2f / %5.2f  %s: %s%n", v.id(), pad(v.name(), 16), v.score(),
                        v.threshold(), v.assigned() ? "assigned" : "not assigned", v.reason());
            }
            if (silent > 0) {
                out.printf(Locale.ROOT, "  %d other %s: no term%n", silent, silent == 1 ? "cluster" : "clusters");
            }
            out.println();
            out.println("tags: " + (r.tags().isEmpty() ? "none" : String.join(", ", r.tags().stream()
                    .map(t -> String.format(Locale.ROOT, "%s %.2f (%s)", t.id(), t.score(),
                            String.join(" ", t.evidence()))).toList())));
        }

        private static String kind(String kind) {
            return switch (kind) {
                case "brief" -> "a brief (one decisive term in a sentence of content names its industry)";
                case "enumeration" -> "an enumeration (every cluster with a clause of content of its own is tagged)";
                default -> "an article (a cluster must run through it)";
            };
        }

        private static String marks(SentenceOut s) {
            StringBuilder marks = new StringBuilder();
            if (s.lead()) {
                marks.append(" · lead");
            }
            if (s.listItem()) {
                marks.append(" · list item");
            }
            marks.append(s.content() ? " · content" : " · no content word");
            return marks.toString();
        }

        private void words(String label, List<Word> words) {
            StringBuilder line = new StringBuilder(label);
            int count = 0;
            for (Word word : words) {
                if (count++ == SHOWN_WORDS) {
                    line.append("… (").append(words.size() - SHOWN_WORDS).append(" more; --json has them all)");
                    break;
                }
                String shown = word.term() ? "【" + word.text() + "】" : word.text();
                if (line.length() + shown.length() > width / 2 && line.length() > label.length()) {
                    out.println(line);
                    line = new StringBuilder(" ".repeat(label.length()));
                }
                line.append(shown).append(' ');
            }
            out.println(line.toString().stripTrailing());
        }

        /** The text padded with spaces to {@code columns} terminal columns, a Chinese character taking two. */
        private static String pad(String text, int columns) {
            int width = text.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                    || c >= 0x3000 && c <= 0x303f || c >= 0xff00 && c <= 0xffef ? 2 : 1).sum();
            return text + " ".repeat(Math.max(1, columns - width));
        }

        private static String clip(String text, int max) {
            return text.length() <= max ? text : text.substring(0, max - 1) + "…";
        }
    }
}
