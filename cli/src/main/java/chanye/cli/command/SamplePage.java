package chanye.cli.command;

import java.nio.charset.Charset;

/**
 * A small news page written for the project, with a title, a byline and two paragraphs of body, that the start-up
 * work runs through: the launcher's warm-up (for the class-data archive) and the preparation of an {@code extract}.
 */
final class SamplePage {

    private static final String PAGE = "<html><head><meta charset=\"%s\"><title>哈密光伏基地扩容_示例网</title></head>"
            + "<body><h1>哈密光伏基地扩容</h1><div class=\"info\">2024-05-01 10:00 来源：示例网</div>"
            + "<div class=\"content\" class=\"text\"><svg viewBox=\"0 0 8 8\"><path d=\"M0 0h8\"/></svg>"
            + "<p>哈密光伏基地新增装机容量二百万千瓦，多晶硅和光伏组件项目陆续投产。</p>"
            + "<p>当地风电项目同步并网，新能源装机规模持续扩大，绿电外送通道加快建设。</p></div></body></html>";

    private SamplePage() {
    }

    /** The page in {@code charset}, which its meta tag declares. */
    static byte[] in(Charset charset) {
        return String.format(PAGE, charset.name()).getBytes(charset);
    }
}
