package chanye.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad usage is one line on stderr naming the problem, exit code 2, and never a stack trace. */
class UsageErrorsTest {

    @TempDir
    static Path data;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bogus                                         | unknown command 'bogus'",
        "serch 棉花                                     | unknown command 'serch'; did you mean search?",
        "search 光伏 --limit abc                        | '--limit'",
        "search                                        | give a query, or a filter to list what it keeps",
        "search --cluster coal 准东                     | unknown cluster: 准东; --cluster takes every word after it up to the next option, so it took 准东 as a cluster: to search for 准东, write the query first: chanye search 准东 --cluster coal",
        "search 光伏 --cluster cole                     | unknown cluster: cole (known: oil-gas, coal,",
        "search --region 纽约                           | --region: not a Xinjiang place chanye knows: 纽约",
        "search --story 12345                          | --story: not a story id (16 hex digits, as search --json gives it): 12345",
        "search --since 3x                             | --since: not a date (YYYY-MM-DD, or a span back from today",
        "search 光伏 --since 2024-13-01                 | --since: not a date",
        "search 光伏 --until yesterday                  | --until: not a date",
        "search 光伏 --since 2024-06-01 --until 2024-01-01 | --since 2024-06-01 is after --until 2024-01-01",
        "search 光伏 --site ftp://example.org/          | --site: not a host or http(s) URL: ftp://example.org/",
        "search 光伏 --cluster                          | Missing required parameter for option '--cluster'",
        "search 光伏 --sort popularity                  | --sort': expected relevance|date, not 'popularity'",
        "search 光伏 --limit -1                         | --limit must be 0 or more, not -1",
        "search 光伏 --offset -5                        | --offset must be 0 or more, not -5",
        "search 光伏 --frobnicate                       | Unknown option",
        "search --frobnicate 光伏                       | Unknown option: '--frobnicate'",
        "search 光伏 -x                                 | Unknown option: '-x'",
        "search -夜市 --frobnicate                       | Unknown option: '--frobnicate'",
        "report                                        | give --out FILE.html for the report, or --json for its figures",
        "report --by day --out {data}/r.html           | --by': expected week or month, not 'day'",
        "report --out {data}/missing/r.html            | the folder {data}/missing does not exist",
        "report --out {data}                           | is a folder: give a file name in it",
        "crawl                                         | no seeds",
        "crawl --resume                                | nothing to resume",
        "crawl --seeds http://127.0.0.1:1/ --warc {data}/index/warc | is inside",
        "crawl --seeds ftp://example.org/               | not an http(s) URL",
        "crawl --seeds http://127.0.0.1:1/ --include [ | --include is not a valid regex",
        "crawl --seeds http://127.0.0.1:1/ --max-pages 0 | --max-pages must be at least 1",
        "crawl --seeds-file no-such-seeds.txt           | seeds file not found",
        "crawl --seeds http://127.0.0.1:1/ --refetch-after 7x | --refetch-after: not a duration",
        "crawl --seeds http://127.0.0.1:1/ --refetch-after -1d | --refetch-after: not a duration",
        "extract                                       | Missing required parameter",
        "classify {data}/text.txt --taxonomy nosuch.json | --taxonomy nosuch.json: no such file, nor a bundled taxonomy (xinjiang-8, xinjiang-2025-10)",
        "eval classify {data}/labelled.jsonl --taxonomy nosuch.json | --taxonomy nosuch.json: no such file, nor a bundled taxonomy",
        "crawl --seeds http://127.0.0.1:1/ --taxonomy xinjiang-9 | --taxonomy xinjiang-9: no such file, nor a bundled taxonomy",
        "classify {data}/text.txt --taxonomy {data}/broken.json | broken.json: line 1, column 28: not valid JSON: Unexpected close marker",
        "crawl --seeds http://127.0.0.1:1/ --taxonomy {data}/broken.json | broken.json: line 1, column 28: not valid JSON: Unexpected close marker",
        "classify {data}/text.txt --taxonomy {data}     | is a directory, not a file",
        "eval classify {data}/text.txt                 | text.txt: no line could be evaluated; line 1: not valid JSON",
        "eval classify {data}/unlabelled.jsonl         | unlabelled.jsonl: no line could be evaluated; line 1: \"clusters\" is missing or not a list of cluster ids (and 1 more bad line)",
        "eval classify {data}/blank.jsonl              | blank.jsonl: no labelled line to evaluate",
    })
    void badUsageExitsWithTwoAndOneClearLine(String args, String expected) {
        assertBadUsage(CliRun.of(("--data " + data + " " + args.replace("{data}", data.toString())).split(" +")),
                expected.replace("{data}", data.toString()));
    }

    /** The files the table names as {@code {data}/...}. */
    @BeforeAll
    static void writeInputs() throws IOException {
        Files.writeString(data.resolve("text.txt"), "棉花采收");
        Files.writeString(data.resolve("labelled.jsonl"), "{\"id\":\"a\",\"text\":\"棉花采收\",\"clusters\":[]}\n");
        Files.writeString(data.resolve("unlabelled.jsonl"), "{\"id\":\"a\",\"text\":\"棉花采收\"}\n\n[]\n");
        Files.writeString(data.resolve("blank.jsonl"), "\n  \n");
        Files.writeString(data.resolve("broken.json"), "{\"name\": \"x\", \"clusters\": [}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"search 光伏", "stats", "crawl --seeds http://127.0.0.1:1/"})
    void aFileGivenAsDataDirectoryIsBadUsage(String args) throws IOException {
        Path file = Files.writeString(data.resolve("not-a-dir.txt"), "x");
        assertBadUsage(CliRun.of(("--data " + file + " " + args).split(" +")), "is a file, not a directory");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "warc-file.txt     | is a file, not a directory",
        "warc-file.txt/sub | cannot create directory",
    })
    void aWarcDirectoryThatCannotBeUsedIsBadUsage(String warc, String expected) throws IOException {
        Files.writeString(data.resolve("warc-file.txt"), "x");
        Path dir = data.resolve(warc);
        CliRun run = CliRun.of("--data", data.toString(), "crawl", "--seeds", "http://127.0.0.1:1/", "--warc",
                dir.toString());
        assertBadUsage(run, expected);
        assertTrue(run.err().contains(dir.toString()), run.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"search 光伏", "stats", "crawl --seeds http://127.0.0.1:1/"})
    void anEmptyDataDirectoryIsBadUsage(String args) {
        List<String> all = new ArrayList<>(List.of("--data", ""));
        all.addAll(List.of(args.split(" ")));
        assertBadUsage(CliRun.of(all.toArray(String[]::new)), "--data is empty");
    }

    /** An empty file argument (a script's unset variable) names no file: it is not the current directory. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"classify", "classify --jsonl", "eval classify"})
    void anEmptyFileArgumentIsBadUsage(String args) {
        List<String> all = new ArrayList<>(List.of("--data", data.toString()));
        all.addAll(List.of(args.split(" ")));
        all.add("");
        assertBadUsage(CliRun.of(all.toArray(String[]::new)), "argument is empty: give ");
    }

    private static void assertBadUsage(CliRun run, String expected) {
        assertAll(
            () -> assertEquals(2, run.exitCode(), run.err()),
            () -> assertEquals("", run.out()),
            () -> assertTrue(run.err().contains(expected), run.err()),
            () -> assertFalse(run.err().contains("\tat "), "stack trace: " + run.err()),
            () -> assertEquals(1, run.err().lines().count(), run.err()));
    }
}
