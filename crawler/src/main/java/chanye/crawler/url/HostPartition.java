package chanye.crawler.url;

/**
 * One share of a crawl split across processes by host: process {@code index} of {@code count} takes the URLs whose
 * politeness key ({@link UrlKeys#queueKey}) hashes to it, so that each host is crawled, and kept polite, by
 * exactly one process. {@link String#hashCode()} is fixed by the Java spec, so every process agrees.
 */
public final class HostPartition implements UrlFilter {

    private final int index;
    private final int count;

    /**
     * @throws IllegalArgumentException unless {@code 0 <= index < count}
     */
    public HostPartition(int index, int count) {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("partition " + index + " of " + count + " does not exist");
        }
        this.index = index;
        this.count = count;
    }

    @Override
    public boolean accept(String url, int depth) {
        String key = UrlKeys.queueKey(url);
        return key != null && Math.floorMod(key.hashCode(), count) == index;
    }
}
