package chanye.bench.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.crawler.extract.ContentExtractor;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusPagesTest {

    private static final String PAGE = """
            <html><head><title>北疆棉区机采率再创新高_西域商报</title></head><body>
            <div class="nav"><a href="/">首页</a> <a href="/news/">产业</a></div>
            <h1>北疆棉区机采率再创新高</h1>
            <div class="article">
            <p>记者从自治区农业农村部门获悉，今年北疆棉区棉花机采率超过九成，较去年提高两个百分点。</p>
            <p>在沙湾市的一处棉田里，三台采棉机正在并排作业，一天能采收六百多亩，棉农算了一笔账，每亩节省人工成本一百多元。</p>
            <p>业内人士表示，机采棉对品种、种植模式和加工工艺都提出了新要求，相关配套正在逐步完善。</p>
            </div></body></html>
            """;

    @TempDir
    Path corpus;

    @Test
    void readsEachFoldersPageInNameOrder() throws IOException {
        write("b-page", StandardCharsets.UTF_8);
        write("a-page", Charset.forName("GB18030"));
        Files.createDirectories(corpus.resolve("no-page-here"));
        List<CorpusPage> pages = CorpusPages.load(corpus);
        assertEquals(List.of(corpus.resolve("a-page/page.html"), corpus.resolve("b-page/page.html")),
                pages.stream().map(CorpusPage::file).toList());
    }

    @Test
    void extractsFromTheBytesWhateverTheirEncoding() throws IOException {
        write("gbk", Charset.forName("GB18030"));
        CorpusPage page = CorpusPages.load(corpus).get(0);
        assertTrue(page.extract(new ContentExtractor()).body().contains("采棉机"));
    }

    @Test
    void aMissingFolderIsNamedInTheError() {
        Path missing = corpus.resolve("nowhere");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> CorpusPages.load(missing));
        assertEquals(missing.toString(), e.getFile());
    }

    @Test
    void aFolderWithoutPagesIsAnError() {
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> CorpusPages.load(corpus));
        assertTrue(e.getReason().contains("page.html"), e.getReason());
    }

    private void write(String folder, Charset charset) throws IOException {
        Files.createDirectories(corpus.resolve(folder));
        Files.writeString(corpus.resolve(folder).resolve("page.html"), PAGE, charset);
    }
}
