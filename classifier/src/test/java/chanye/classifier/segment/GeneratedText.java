package chanye.classifier.segment;

import java.util.List;
import java.util.Random;

/**
 * Seeded random text for comparing segmenters: pieces of real sentences joined with domain terms, numbers, dates,
 * Latin and full-width letters, punctuation, names, symbols and scripts a Chinese page may hold; or a soup of single
 * characters from those alphabets.
 */
final class GeneratedText {

    private static final String[] NAMES = {"约翰·史密斯", "特朗普", "普京", "奥巴马", "默克尔", "布什", "亚历山大", "安德烈",
        "玛丽亚", "马克思", "王清华", "阿不都热合曼", "古丽娜尔"};
    private static final String[] LATIN = {"iPhone15", "5G", "COVID-19", "GDP", "CPI", "A股", "AI", "LNG", "PVC", "the",
        "Xinjiang Cotton", "km", "kWh", "MW", "No.3", "v2.0", "e-mail", "www.example.com", "x86_64"};
    private static final String[] PUNCTUATION = {"，", "。", "、", "；", "：", "？", "！", "“", "”", "《", "》", "（", "）",
        "【", "】", "——", "……", "·", ",", ".", ";", ":", "?", "!", "(", ")", "\"", "'", "-", "/", "%", "~", "&", " ",
        "  ", "\t", "「", "」", "～", "＃", "＠"};
    private static final String[] OTHERS = {"風電項目併網", "準東煤製氣", "長絨棉豐收", "ＡＢＣ公司", "Ｘｉｎｊｉａｎｇ", "１２３４５",
        "新 疆 棉 花 丰 收", "😀", "🏭⚡", "𠀀𠀁", "Русский", "日本語のテキスト", "한국어", "\u0000\u0001", "\u200b", "①②③",
        "Ⅳ", "℃", "㎡", "±", "×", "÷", "≥", "→", "○", "〇", "兆瓦", "千瓦时"};
    private static final String ALPHABET = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动"
            + "同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机"
            + "当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么"
            + "利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品"
            + "式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任"
            + "取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更"
            + "单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许"
            + "疆棉煤硅葡萄伏丝绸茶番茄枸杞旅游矿冶炼钢铝铜锂钠盐湖0123456789０１２３abcxyzABCXYZａｂｃＡＢＣ零壹贰叁两廿卅";

    private final Random random;
    private final List<String> articles;
    private final List<String> terms;

    GeneratedText(long seed, List<String> articles, List<String> terms) {
        this.random = new Random(seed);
        this.articles = articles;
        this.terms = terms;
    }

    /** One to four paragraphs of mixed pieces, with the line ends pages have. */
    String paragraphs() {
        StringBuilder text = new StringBuilder();
        int paragraphs = 1 + random.nextInt(4);
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) {
                text.append(pick(new String[] {"\n", "\r\n", "\n\n", "\n  "}));
            }
            int pieces = 1 + random.nextInt(14);
            for (int i = 0; i < pieces; i++) {
                text.append(piece());
            }
        }
        return text.toString();
    }

    /** Characters drawn one by one from the alphabet, the punctuation and the other scripts. */
    String soup() {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(60);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            if (kind < 7) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            } else if (kind < 9) {
                text.append(pick(PUNCTUATION));
            } else {
                text.append(pick(OTHERS));
            }
        }
        return text.toString();
    }

    /** A paragraph of at least {@code length} characters without a line end. */
    String longParagraph(int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(piece());
        }
        return text.toString();
    }

    private String piece() {
        return switch (random.nextInt(12)) {
            case 0, 1, 2 -> slice();
            case 3, 4 -> terms.get(random.nextInt(terms.size()));
            case 5 -> number();
            case 6 -> date();
            case 7 -> pick(LATIN);
            case 8, 9 -> pick(PUNCTUATION);
            case 10 -> pick(NAMES);
            default -> pick(OTHERS);
        };
    }

    private String slice() {
        String article = articles.get(random.nextInt(articles.size()));
        if (article.isEmpty()) {
            return article;
        }
        int from = random.nextInt(article.length());
        return article.substring(from, Math.min(article.length(), from + 1 + random.nextInt(40)));
    }

    private String number() {
        int value = random.nextInt(100_000);
        return switch (random.nextInt(9)) {
            case 0 -> Integer.toString(value);
            case 1 -> value / 100 + "." + value % 100;
            case 2 -> String.format("%,d", value * 37);
            case 3 -> value % 1000 / 10.0 + "%";
            case 4 -> toFullWidth(Integer.toString(value));
            case 5 -> pick(new String[] {"三千五百万", "二十一", "十九", "一百零八", "两", "第八", "百分之五", "0.5", "1/3"});
            case 6 -> value + pick(new String[] {"万吨", "亿元", "个", "台", "千瓦", "吨", "元/吨", "米"});
            case 7 -> "-" + value % 50;
            default -> value + "." + value % 7 + "." + value % 3;
        };
    }

    private String date() {
        int year = 1990 + random.nextInt(40);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        return switch (random.nextInt(6)) {
            case 0 -> year + "年" + month + "月" + day + "日";
            case 1 -> String.format("%d-%02d-%02d", year, month, day);
            case 2 -> String.format("%02d:%02d", random.nextInt(24), random.nextInt(60));
            case 3 -> month + "月份";
            case 4 -> year + "年";
            default -> toFullWidth(year + "/" + month + "/" + day);
        };
    }

    private static String toFullWidth(String text) {
        StringBuilder wide = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            wide.append(c > ' ' && c < 0x7f ? (char) (c - 0x21 + 0xff01) : c);
        }
        return wide.toString();
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
