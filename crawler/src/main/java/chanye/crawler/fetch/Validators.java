package chanye.crawler.fetch;

/**
 * The HTTP validators of a fetched page, sent back on a later fetch so that an unchanged page costs a 304.
 *
 * @param etag         the ETag header, or {@code null}
 * @param lastModified the Last-Modified header, or {@code null}
 */
public record Validators(String etag, String lastModified) {

    /** No validators: the next fetch is unconditional. */
    public static final Validators NONE = new Validators(null, null);

    /** Whether there is anything to send. */
    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
