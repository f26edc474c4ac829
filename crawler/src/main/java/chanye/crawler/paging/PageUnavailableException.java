package chanye.crawler.paging;

/** A later page of an article that could not be had, with the reason in a few words (HTTP 404, not HTML, ...). */
public final class PageUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param reason why the page could not be had, in a few words */
    public PageUnavailableException(String reason) {
        super(reason);
    }

    /**
     * @param reason why the page could not be had, in a few words
     * @param cause  the failure behind it
     */
    public PageUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
