package chanye.cli.output;

import chanye.cli.Json;
import chanye.index.IndexedArticle;
import chanye.index.StoredArticle;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One JSON object per line (UTF-8, each line ended by {@code \n}) with the same fields as the flat formats, lists as
 * arrays and clusters as objects ({@code id}, {@code name}, {@code score}, {@code evidence}), as
 * {@code search --json} writes them.
 */
final class JsonlRows implements ArticleRows {

    private final OutputStream out;
    private final boolean withBody;

    JsonlRows(OutputStream out, boolean withBody) {
        this.out = out;
        this.withBody = withBody;
    }

    @Override
    public void write(StoredArticle stored) throws IOException {
        IndexedArticle article = stored.article();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("url", article.url());
        row.put("title", article.title());
        row.put("publishTime", article.publishTime());
        row.put("site", article.site());
        row.put("source", article.source());
        row.put("author", article.author());
        row.put("clusters", article.clusters());
        row.put("regions", article.regions());
        row.put("keywords", article.keywords());
        row.put("story", stored.story());
        if (withBody) {
            row.put("body", article.body());
        }
        out.write(Json.mapper().writeValueAsBytes(row));
        out.write('\n');
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    @Override
    public void close() {
        // the output stream belongs to the file being written, which closes it
    }
}
