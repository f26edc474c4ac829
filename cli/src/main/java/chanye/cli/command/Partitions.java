package chanye.cli.command;

import chanye.cli.UserException;
import chanye.crawler.url.HostPartition;
import chanye.crawler.url.UrlFilter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code --partition I/N}: this worker is number I (from 1) of N that share a crawl by host. Every worker
 * computes the same share for a host, on any machine.
 */
final class Partitions {

    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,6})\\s*/\\s*(\\d{1,6})\\s*");

    private Partitions() {
    }

    /**
     * The hosts of share {@code value}, or every URL when {@code value} is null.
     *
     * @throws UserException (bad usage) naming the value and the form expected
     */
    static UrlFilter parse(String value) {
        if (value == null) {
            return UrlFilter.all();
        }
        Matcher matcher = FORM.matcher(value);
        if (!matcher.matches()) {
            throw UserException.usage("--partition " + value + ": give I/N, this worker's number and how many"
                    + " workers share the crawl, e.g. 1/3 for the first of three");
        }
        int index = Integer.parseInt(matcher.group(1));
        int count = Integer.parseInt(matcher.group(2));
        if (count < 1) {
            throw UserException.usage("--partition " + value + ": N, the number of workers, must be at least 1");
        }
        if (index < 1 || index > count) {
            throw UserException.usage("--partition " + value + ": I must be from 1 to " + count + " (this worker's"
                    + " number among the " + count + ")");
        }
        return new HostPartition(index - 1, count);
    }
}
