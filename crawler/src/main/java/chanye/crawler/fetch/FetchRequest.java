package chanye.crawler.fetch;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * One URL to fetch.
 *
 * @param url           the absolute http(s) URL
 * @param validators    validators for a conditional fetch ({@link Validators#NONE} for an unconditional one)
 * @param wantsBody     given the response's media type (lower-case, without parameters, empty when missing),
 *                      whether the body should be read; when not, the response comes back without a body
 * @param mayRedirectTo given the absolute URL a redirect points to, whether to follow it; a crawl refuses what the
 *                      target host's robots.txt disallows. A refused hop ends the fetch with a
 *                      {@link RedirectRefusedException}
 */
public record FetchRequest(String url, Validators validators, Predicate<String> wantsBody,
                           Predicate<String> mayRedirectTo) {

    public FetchRequest {
        Objects.requireNonNull(url, "url");
        validators = Objects.requireNonNullElse(validators, Validators.NONE);
        Objects.requireNonNull(wantsBody, "wantsBody");
        Objects.requireNonNull(mayRedirectTo, "mayRedirectTo");
    }

    /** A request that follows every redirect the fetcher's own bounds allow. */
    public FetchRequest(String url, Validators validators, Predicate<String> wantsBody) {
        this(url, validators, wantsBody, target -> true);
    }
}
