package chanye.crawler.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostPartitionTest {

    private static final List<String> URLS = List.of("http://news.example.cn/a.html", "http://news.example.cn/b.html",
            "https://www.example.com.cn/1", "http://127.0.0.1:8080/x", "http://127.0.0.1:8081/x",
            "http://xj.example.gov.cn/c/d.html", "http://bt.example.cn/", "http://km.example.cn/news?id=3");

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7})
    void everyUrlBelongsToExactlyOnePartitionAndAHostStaysTogether(int count) {
        List<HostPartition> parts = IntStream.range(0, count).mapToObj(i -> new HostPartition(i, count)).toList();
        for (String url : URLS) {
            assertEquals(1, parts.stream().filter(p -> p.accept(url, 0)).count(), url);
        }
        for (HostPartition p : parts) {
            assertEquals(p.accept(URLS.get(0), 1), p.accept(URLS.get(1), 3), "one host, one partition");
        }
    }

    @Test
    void partitionsThatDoNotExistAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new HostPartition(2, 2));
        assertThrows(IllegalArgumentException.class, () -> new HostPartition(0, 0));
    }
}
