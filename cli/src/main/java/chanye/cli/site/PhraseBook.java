package chanye.cli.site;

import java.util.List;
import java.util.Objects;

/**
 * The word lists and sentence frames {@link ArticleTextGenerator} assembles articles from, read from
 * {@code generator/phrases.json}. Frames use {@code {{slot}}} placeholders filled from the lists.
 *
 * @param places  Xinjiang places
 * @param sources 来源 names
 * @param authors reporter names
 * @param shared  frames and lists every topic uses
 * @param topics  one entry per topic: the eight clusters and a few unrelated beats
 */
record PhraseBook(List<String> places, List<String> sources, List<String> authors, Shared shared,
                  List<Topic> topics) {

    PhraseBook {
        places = List.copyOf(places);
        sources = List.copyOf(sources);
        authors = List.copyOf(authors);
        Objects.requireNonNull(shared, "shared");
        topics = List.copyOf(topics);
    }

    /** Loads the bundled phrase book. */
    static PhraseBook load() {
        return SiteResources.json("generator/phrases.json", PhraseBook.class);
    }

    /**
     * Lists and frames shared by all topics.
     *
     * @param period    time phrases such as 今年以来
     * @param official  who is quoted
     * @param goal      aims a plan names
     * @param sentences neutral sentence frames
     */
    record Shared(List<String> period, List<String> official, List<String> goal, List<String> sentences) {

        Shared {
            period = List.copyOf(period);
            official = List.copyOf(official);
            goal = List.copyOf(goal);
            sentences = List.copyOf(sentences);
        }
    }

    /**
     * One topic.
     *
     * @param id        the cluster id, or an empty string for an unrelated beat
     * @param subject   the organisations and places the topic's articles are about
     * @param term      the topic's key phrases
     * @param titles    headline frames
     * @param sentences sentences only this topic uses
     */
    record Topic(String id, List<String> subject, List<String> term, List<String> titles, List<String> sentences) {

        Topic {
            Objects.requireNonNull(id, "id");
            subject = List.copyOf(subject);
            term = List.copyOf(term);
            titles = List.copyOf(titles);
            sentences = List.copyOf(sentences);
        }
    }
}
