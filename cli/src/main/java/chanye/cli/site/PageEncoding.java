package chanye.cli.site;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * How a page's bytes are encoded and where the encoding is declared: UTF-8 or GBK declared in both the
 * Content-Type header and a {@code <meta>} tag, or GBK declared nowhere, as old Chinese sites still serve it.
 */
enum PageEncoding {

    UTF8(StandardCharsets.UTF_8, "utf-8", true),
    GBK(Charset.forName("GBK"), "gbk", true),
    GBK_UNDECLARED(Charset.forName("GBK"), "gbk", false);

    private final Charset charset;
    private final String label;
    private final boolean declared;

    PageEncoding(Charset charset, String label, boolean declared) {
        this.charset = charset;
        this.label = label;
        this.declared = declared;
    }

    /**
     * The encoding for a charset name and whether the page declares it.
     *
     * @throws IllegalArgumentException for charsets other than UTF-8 and GBK, and for undeclared UTF-8
     */
    static PageEncoding of(String charsetName, boolean declared) {
        String name = charsetName.toUpperCase(Locale.ROOT);
        if (name.equals("UTF-8") && declared) {
            return UTF8;
        }
        if (name.equals("GBK")) {
            return declared ? GBK : GBK_UNDECLARED;
        }
        throw new IllegalArgumentException("unsupported page encoding: " + charsetName + (declared ? "" : " undeclared"));
    }

    /** The charset the page's bytes are in. */
    Charset charset() {
        return charset;
    }

    /** The {@code <meta>} tag that declares the charset, or an empty string when the page declares none. */
    String metaTag() {
        return declared ? "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + label + "\">" : "";
    }

    /** The page served with these bytes and this Content-Type. */
    SitePage page(String html) {
        return SitePage.html(html, charset, declared);
    }
}
