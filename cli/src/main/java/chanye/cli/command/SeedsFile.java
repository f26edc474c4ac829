package chanye.cli.command;

import chanye.classifier.io.ByteOrderMark;
import chanye.cli.UserException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Seed URLs as a crawl is given them: one URL a line in a {@code --seeds-file}, where {@code #} starts a comment at
 * the start of a line or after a blank ({@code https://news.example.cn/  # 要闻}; a {@code #} inside a URL is its
 * fragment), blank lines are skipped and a UTF-8 byte order mark is ignored. A bad line is bad usage naming the file
 * and the line.
 */
final class SeedsFile {

    private static final Pattern COMMENT = Pattern.compile("(^|\\s)#.*$");

    private SeedsFile() {
    }

    /**
     * The seeds in a file, in order.
     *
     * @throws UserException (usage) when the file cannot be read or a line is not one http(s) URL
     */
    static List<String> read(Path file) {
        String text;
        try {
            text = ByteOrderMark.strip(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw UserException.usage("seeds file not found: " + file);
        } catch (IOException e) {
            throw UserException.usage("cannot read seeds file " + file + ": " + e.getMessage());
        }
        List<String> seeds = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String seed = COMMENT.matcher(lines.get(i)).replaceFirst("").strip();
            if (seed.isEmpty()) {
                continue;
            }
            String problem = seed.chars().anyMatch(Character::isWhitespace) ? "one URL a line, found '" + seed + "'"
                    : problem(seed);
            if (problem != null) {
                throw UserException.usage("seeds file " + file + ", line " + (i + 1) + ": " + problem);
            }
            seeds.add(seed);
        }
        return seeds;
    }

    /**
     * What is wrong with a seed, or {@code null} when it is an absolute http(s) URL with a host.
     */
    static String problem(String seed) {
        try {
            URI uri = new URI(seed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return "not an http(s) URL: " + seed;
            }
            return null;
        } catch (URISyntaxException e) {
            return "not a valid URL: " + seed + " (" + e.getReason() + ")";
        }
    }
}
