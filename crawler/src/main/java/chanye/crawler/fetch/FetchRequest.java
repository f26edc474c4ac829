package chanye.crawler.fetch;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * One URL to fetch.
 *
 * @param url        the absolute http(s) URL
 * @param validators validators for a conditional fetch ({@link Validators#NONE} for an unconditional one)
 * @param wantsBody  given the response's media type (lower-case, without parameters, empty when missing),
 *                   whether the body should be read; when not, the response comes back without a body
 */
public record FetchRequest(String url, Validators validators, Predicate<String> wantsBody) {

    public FetchRequest {
        Objects.requireNonNull(url, "url");
        validators = Objects.requireNonNullElse(validators, Validators.NONE);
        Objects.requireNonNull(wantsBody, "wantsBody");
    }
}
