package chanye.cli.command;

import chanye.cli.UserException;
import chanye.crawler.charset.HtmlDecoder;
import chanye.crawler.extract.ContentExtractor;
import chanye.crawler.page.NotHtmlException;
import chanye.crawler.page.PageReader;
import chanye.crawler.page.ParsedPage;
import chanye.crawler.page.RawPage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A text that {@code classify} or {@code analyze} reads from a file or stdin: its bytes decoded from whatever
 * charset they are in (UTF-8, GBK ...), and an HTML page reduced to its article's title and body.
 */
final class TextInput {

    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile(
            "(?is)^\\s*(<!doctype html|<html|<head|<body|<meta|<div|<p[\\s>]|<article)");

    /**
     * A text to classify.
     *
     * @param title the article's title for HTML, else empty
     * @param body  the text, or the article's body for HTML
     */
    record Text(String title, String body) {
    }

    private TextInput() {
    }

    /** The name of the input for messages: the file, or stdin for none or {@code -}. */
    static String name(String input) {
        return isStdin(input) ? "stdin" : input;
    }

    static boolean isStdin(String input) {
        return input == null || input.equals("-");
    }

    /**
     * Opens the input: stdin for none or {@code -}, else the file.
     *
     * @throws UserException (bad usage) naming the file when it is missing, a directory or unreadable, or when the
     *                       argument is empty
     */
    static InputStream open(String input) {
        if (isStdin(input)) {
            return System.in;
        }
        if (input.isBlank()) {
            throw UserException.usage("the FILE argument is empty: give a file, or - for stdin");
        }
        Path file = Path.of(input);
        if (Files.isDirectory(file)) {
            throw UserException.usage(input + ": is a directory, not a file");
        }
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw UserException.usage(input + ": no such file");
        } catch (IOException e) {
            throw UserException.usage(input + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** All the bytes of the input. */
    static byte[] readAll(String input) throws IOException {
        try (InputStream in = open(input)) {
            return in.readAllBytes();
        }
    }

    /**
     * The text in the bytes, decoded from their charset; HTML is reduced to its article.
     *
     * @throws UserException (failure) naming the input when HTML-looking bytes are binary
     */
    static Text decode(String name, byte[] bytes) {
        String text = HtmlDecoder.decode(bytes, null).text();
        if (!LOOKS_LIKE_HTML.matcher(text).lookingAt()) {
            return new Text("", text);
        }
        ParsedPage page;
        try {
            page = new PageReader(new ContentExtractor()).read(RawPage.ofFile(bytes, null));
        } catch (NotHtmlException e) {
            throw UserException.failure(name + ": not HTML (" + e.kind() + ")", null);
        }
        String body = page.article().body().isEmpty() ? page.document().text() : page.article().body();
        return new Text(page.article().title(), body);
    }
}
