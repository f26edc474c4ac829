package chanye.crawler.page;

/** Thrown when a page's bytes are not text at all: an image, an archive or other binary data, named by its kind. */
public final class NotHtmlException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String kind;

    /** @param kind what the bytes are, such as "PNG image" or "binary data" */
    public NotHtmlException(String kind) {
        super(kind);
        this.kind = kind;
    }

    /** What the bytes are, such as "PNG image" or "binary data". */
    public String kind() {
        return kind;
    }
}
