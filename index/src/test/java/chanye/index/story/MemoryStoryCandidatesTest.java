package chanye.index.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chanye.index.FixtureArticles;
import chanye.index.analysis.TestSegmenters;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MemoryStoryCandidatesTest {

    private static final String ORIGINAL = "https://a.example/1";
    private static final MinHash.Signed ARTICLE = sign(FixtureArticles.all().get(0).body());
    private static final MinHash.Signed COPY = sign("原标题：项目进展顺利\n" + FixtureArticles.all().get(0).body());

    private static MinHash.Signed sign(String text) {
        return MinHash.sign(TestSegmenters.segmenter().words(text));
    }

    /** What happens after the article is added under story 7, the URL looked up, and the stories found. */
    static Stream<Arguments> lookups() {
        return Stream.of(
                Arguments.of("nothing more", (Consumer<MemoryStoryCandidates>) c -> { }, "https://b.example/1",
                        List.of(7L)),
                Arguments.of("its own URL is looked up", (Consumer<MemoryStoryCandidates>) c -> { }, ORIGINAL,
                        List.of()),
                Arguments.of("it is removed", (Consumer<MemoryStoryCandidates>) c -> c.remove(ORIGINAL),
                        "https://b.example/1", List.of()),
                Arguments.of("its URL is re-added in story 8",
                        (Consumer<MemoryStoryCandidates>) c -> c.add(ORIGINAL, 8, ARTICLE), "https://b.example/1",
                        List.of(8L)),
                Arguments.of("its URL is re-added too short to compare",
                        (Consumer<MemoryStoryCandidates>) c -> c.add(ORIGINAL, 8, sign("风电")),
                        "https://b.example/1", List.of()),
                Arguments.of("a second copy is added in story 7",
                        (Consumer<MemoryStoryCandidates>) c -> c.add("https://c.example/1", 7, COPY),
                        "https://b.example/1", List.of(7L, 7L)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lookups")
    void aLookupFindsTheLiveArticlesOfOtherUrlsSharingBands(String after, Consumer<MemoryStoryCandidates> then,
                                                             String url, List<Long> stories) {
        MemoryStoryCandidates candidates = new MemoryStoryCandidates(0);
        candidates.add(ORIGINAL, 7, ARTICLE);
        then.accept(candidates);
        assertEquals(stories, candidates.near(url, COPY, StoryAssigner.CANDIDATES).stream()
                .map(StoryCandidates.Candidate::story).toList());
    }
}
