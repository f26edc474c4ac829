package chanye.crawler.fetch;

/**
 * A redirect the request's {@link FetchRequest#mayRedirectTo} refused to follow, for example to a path the
 * target host's robots.txt disallows. Nothing was fetched from the target; trying again gives the same answer.
 */
public final class RedirectRefusedException extends FetchException {

    private final String target;

    /** @param target the absolute URL the redirect pointed to */
    public RedirectRefusedException(String target) {
        super("redirect to " + target + " refused", false, null);
        this.target = target;
    }

    /** The absolute URL the redirect pointed to. */
    public String target() {
        return target;
    }
}
