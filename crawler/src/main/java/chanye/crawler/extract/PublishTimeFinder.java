package chanye.crawler.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds when an article was published: the byline printed under the headline first (what readers see; a date
 * labelled 发布时间 before one labelled 成文日期 or 更新时间), a publish time labelled in a government page's table
 * above the headline, then
 * JSON-LD {@code datePublished}, publish-time {@code <meta>} tags, {@code <time>} elements, then a time the page's
 * scripts hold ({@code var ct = "1714962000"} on a WeChat article), and last a date in the URL path. A declared time replaces a byline that gives only the same day. A byline printed without its year
 * ({@code 05-22 10:15}) takes the year from the declared or URL date, else from today. A relative byline
 * ({@code 3小时前}, {@code 昨天 10:20}) counts only when the page gives no absolute time and the caller says when the
 * page was seen; a date in the URL wins over it when the two disagree on the day.
 */
final class PublishTimeFinder {

    private static final Set<String> META_NAMES = Set.of("article:published_time", "og:article:published_time",
            "published_time", "publish_time", "publishtime", "pubdate", "pubtime", "publishdate", "publish_date",
            "publish-date", "og:release_date", "release_date", "datepublished", "dc.date", "dc.date.issued",
            "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date", "weibo:article:create_at",
            "bytedance:published_time", "apub:time", "article.published", "article:published", "date", "created");
    private static final Pattern JSON_LD_DATE = Pattern.compile(
            "\"(?:datePublished|dateCreated|uploadDate)\"\\s*:\\s*\"([^\"]{6,40})\"");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[-/_]?(\\d{2})[-/_]?(\\d{2})(?=[/_.\\-]|\\d{0,12}[./])");
    private static final Pattern PUBLISH_LABEL = Pattern.compile(
            "(?:发布|发表|发稿|发帖|公开|上线)(?:时间|日期)\\s*[：:]|(?:发表|发布)于");
    private static final Pattern OTHER_DATE_LABEL = Pattern.compile(
            "(?:成文|印发|签发|实施|施行|生效|截止|废止|修订|更新|修改|采集|注册|登录|加入)(?:时间|日期)");
    private static final int MAX_BYLINE_CHARS = 120;
    private static final int MAX_LINKED_BYLINE_CHARS = 40;

    private PublishTimeFinder() {
    }

    /**
     * The publish time, or {@code null} when the page gives none.
     *
     * @param document  the page
     * @param page      its lines and metadata elements
     * @param byline    the lines around the headline where a byline sits
     * @param today     the day in China time, for a byline printed without its year and no other date on the page
     * @param reference when the page was seen, for a relative byline; {@code null} leaves relative bylines alone
     */
    static DateTimes.Stamp find(Document document, PageText page, BylineLines lines, LocalDate today,
                                Instant reference) {
        List<TextLine> byline = lines.around();
        DateTimes.Stamp declared = declared(page.declarations());
        DateTimes.Stamp inUrl = fromUrl(document.location());
        DateTimes.Stamp printed = fromByline(byline);
        if (printed == null) {
            printed = withoutYear(byline, declared != null ? declared : inUrl, today);
        }
        if (printed == null) {
            printed = labelled(lines.above());
        }
        if (printed != null && (printed.hasTime() || declared == null
                || !declared.chinaDate().equals(printed.chinaDate()))) {
            return printed;
        }
        if (declared != null) {
            return declared;
        }
        DateTimes.Stamp scripted = ScriptVariables.publishTime(document);
        if (scripted != null && (scripted.hasTime() || inUrl == null)) {
            return scripted;
        }
        DateTimes.Stamp relative = reference == null ? null : relative(byline, reference);
        if (relative != null && (inUrl == null || relative.hasTime() && relative.chinaDate().equals(inUrl.chinaDate()))) {
            return relative;
        }
        return inUrl;
    }

    private static DateTimes.Stamp relative(List<TextLine> byline, Instant reference) {
        for (TextLine line : byline) {
            if (isBylineSized(line)) {
                DateTimes.Stamp stamp = RelativeTimes.find(line.text(), reference);
                if (stamp != null) {
                    return stamp;
                }
            }
        }
        return null;
    }

    /**
     * A byline time printed without its year ({@code 05-22 10:15}), in the year of the page's declared or URL date
     * nearest to it, else in the latest year that does not put it after today.
     */
    private static DateTimes.Stamp withoutYear(List<TextLine> byline, DateTimes.Stamp hint, LocalDate today) {
        for (TextLine line : byline) {
            if (isBylineSized(line)) {
                DateTimes.YearlessTime time = DateTimes.findWithoutYear(line.text());
                if (time != null) {
                    return hint != null ? time.nearest(hint.chinaDate()) : time.latestUpTo(today);
                }
            }
        }
        return null;
    }

    /**
     * The time the byline gives: the first labelled as the publish time (发布时间：), else the first not labelled as
     * another kind of date (成文日期, 实施日期, 更新时间 ...), else the first.
     */
    private static DateTimes.Stamp fromByline(List<TextLine> byline) {
        DateTimes.Stamp unlabelled = null;
        DateTimes.Stamp any = null;
        for (TextLine line : byline) {
            if (isBylineSized(line)) {
                DateTimes.Stamp stamp = DateTimes.find(line.text());
                if (stamp == null) {
                    continue;
                }
                if (PUBLISH_LABEL.matcher(line.text()).find()) {
                    return stamp;
                }
                unlabelled = unlabelled == null && !OTHER_DATE_LABEL.matcher(line.text()).find() ? stamp : unlabelled;
                any = any == null ? stamp : any;
            }
        }
        return unlabelled != null ? unlabelled : any;
    }

    /** The first time labelled as the publish time (发布时间：, 发布日期：), or {@code null}. */
    private static DateTimes.Stamp labelled(List<TextLine> lines) {
        for (TextLine line : lines) {
            if (isBylineSized(line) && PUBLISH_LABEL.matcher(line.text()).find()) {
                DateTimes.Stamp stamp = DateTimes.find(line.text());
                if (stamp != null) {
                    return stamp;
                }
            }
        }
        return null;
    }

    /** Whether a line is short enough to be a byline; a linked one (a source's name as a link) shorter still. */
    private static boolean isBylineSized(TextLine line) {
        return line.chars() <= (line.isLinkLine() ? MAX_LINKED_BYLINE_CHARS : MAX_BYLINE_CHARS);
    }

    /** The first JSON-LD date, else the first publish-time meta tag, else the first time element. */
    private static DateTimes.Stamp declared(List<Element> declarations) {
        DateTimes.Stamp fromMeta = null;
        DateTimes.Stamp fromTime = null;
        for (Element element : declarations) {
            String name = element.normalName();
            if ("script".equals(name)) {
                Matcher m = JSON_LD_DATE.matcher(element.data());
                DateTimes.Stamp stamp = m.find() ? DateTimes.find(m.group(1)) : null;
                if (stamp != null) {
                    return stamp;
                }
            } else if ("meta".equals(name)) {
                fromMeta = fromMeta != null ? fromMeta : fromMeta(element);
            } else if (fromTime == null) {
                String value = element.hasAttr("datetime") ? element.attr("datetime")
                        : element.hasAttr("content") ? element.attr("content") : element.text();
                fromTime = DateTimes.find(value);
            }
        }
        return fromMeta != null ? fromMeta : fromTime;
    }

    private static DateTimes.Stamp fromMeta(Element meta) {
        String key = (meta.attr("property") + meta.attr("name") + meta.attr("itemprop")).toLowerCase(Locale.ROOT);
        return META_NAMES.contains(key) ? DateTimes.find(meta.attr("content")) : null;
    }

    private static DateTimes.Stamp fromUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        return m.find() ? DateTimes.find(m.group(1) + "-" + m.group(2) + "-" + m.group(3)) : null;
    }
}
