package chanye.classifier.score;

import chanye.classifier.segment.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One walk over a text's words, title first: finds the terms, the sentences they stand in, the context and content
 * words of each sentence, quotation marks, titles of works and list items, and adds each occurrence to its
 * cluster's {@link Evidence} once its sentence has ended (a sense rule may depend on a word after the term). Linear
 * in the number of words, with one hash lookup per word. Used by one thread for one text.
 */
final class TextScan {

    /** Words that, right after a term, make it a security rather than the industry (煤炭股, 原油期货). */
    private static final Set<String> SECURITIES = Set.of("股", "个股", "股价", "股票", "板块", "概念", "概念股", "指数",
            "期货", "基金", "etf", "龙头股");
    /**
     * Words that, right after a term, make it part of a name: a company (某天然气公司), a brand (红枣牌), a festival
     * (葡萄节), a cup, a street or a hotel. The name says little of what the text is about.
     */
    private static final Set<String> NAME_SUFFIXES = Set.of("公司", "集团", "股份", "有限公司", "股份公司",
            "股份有限公司", "控股", "牌", "品牌", "节", "文化节", "旅游节", "艺术节", "音乐节", "杯", "路", "街", "大街",
            "大道", "小区", "宾馆", "酒店", "饭店", "餐厅");

    /** One occurrence waiting for the end of its sentence. */
    private record Pending(String term, TermTable.Entry entry, int start, int end, boolean title, boolean lead,
                           TermHit.Status status, String note) {
    }

    private final TermTable table;
    private final List<String> clusterIds;
    private final Evidence[] evidence;
    private final List<TermHit> hits = new ArrayList<>();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Pending> pending = new ArrayList<>();
    private final boolean[] seen;
    private final int[] seenIds;
    private int seenCount;
    /** The clusters for which the sentence holds a content word of their own. */
    private final boolean[] contentOf;
    private boolean anyContentOf;

    /** Body sentences that end in 。！？, a line break or the end: a brief has at most two. */
    int fullSentences;
    /** Body sentences that start a list item. */
    int listItems;
    /** Body words that are no punctuation. */
    int words;

    /** How many clusters' terms in a row make a list of industries. */
    static final int LIST_CLUSTERS = 3;
    /** How many characters may follow a term to its list separator: 企业 in 油田企业、, 产业园区 in 纺织产业园区、. */
    static final int LIST_ITEM_TAIL = 4;

    private String text = "";
    private boolean inTitle;
    private int sentenceStart = -1;
    private int sentenceEnd;
    private boolean sentenceLead;
    private boolean sentenceContent;
    private boolean sentenceUnrelated;
    private boolean sentenceListItem;
    private boolean quoted;
    private int workTitleDepth;

    TextScan(TermTable table, List<String> clusterIds) {
        this.table = table;
        this.clusterIds = clusterIds;
        this.evidence = new Evidence[clusterIds.size()];
        for (int i = 0; i < evidence.length; i++) {
            evidence[i] = new Evidence();
        }
        this.seen = new boolean[table.contextWords()];
        this.seenIds = new int[table.contextWords()];
        this.contentOf = new boolean[clusterIds.size()];
    }

    /** Each cluster's evidence; call once the body has been read. */
    Evidence[] evidence() {
        for (Evidence e : evidence) {
            e.endSentence();
        }
        return evidence;
    }

    List<TermHit> hits() {
        return hits;
    }

    List<Sentence> sentences() {
        return sentences;
    }

    /** Reads the title: one sentence, whatever its punctuation. */
    void title(String text, List<Token> tokens) {
        this.text = text;
        inTitle = true;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!marks(token)) {
                word(tokens, i, false);
            }
            sentenceEnd = token.end();
        }
        endSentence(false);
        inTitle = false;
        quoted = false;
        workTitleDepth = 0;
    }

    /** Reads the body, whose lead paragraph ends at {@code leadEnd}. */
    void body(String text, List<Token> tokens, int leadEnd) {
        this.text = text;
        int previousEnd = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (previousEnd >= 0 && hasLineBreak(text, previousEnd, token.start())) {
                endSentence(true);
                quoted = false;
                workTitleDepth = 0;
            }
            previousEnd = token.end();
            if (token.isPunctuation()) {
                sentenceEnd = sentenceStart < 0 ? sentenceEnd : token.end();
                if (marks(token) && endsSentence(token.text())) {
                    endSentence(!token.text().contains(";"));
                }
                continue;
            }
            words++;
            if (sentenceStart < 0) {
                sentenceStart = token.start();
                sentenceLead = token.start() < leadEnd;
                sentenceListItem = ListMarkers.startsItem(text, token.start());
            }
            word(tokens, i, token.start() < leadEnd);
        }
        endSentence(true);
    }

    private static boolean hasLineBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** Follows quotation marks and 《》 in a punctuation token; whether it is punctuation at all. */
    private boolean marks(Token token) {
        if (!token.isPunctuation()) {
            return false;
        }
        String text = token.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '‘' || c == '“') {
                quoted = true;
            } else if (c == '’' || c == '”') {
                quoted = false;
            } else if (c == '《') {
                workTitleDepth++;
            } else if (c == '》') {
                workTitleDepth = Math.max(0, workTitleDepth - 1);
            }
        }
        return true;
    }

    private static boolean endsSentence(String punctuation) {
        for (int i = 0; i < punctuation.length(); i++) {
            switch (punctuation.charAt(i)) {
                case '。', '!', '?', ';', '…', '！', '？', '；' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** Looks the word up: notes its context and content, and queues its term occurrences. */
    private void word(List<Token> tokens, int index, boolean lead) {
        Token token = tokens.get(index);
        if (sentenceStart < 0) {
            sentenceStart = token.start();
        }
        sentenceEnd = token.end();
        TermTable.Word word = table.lookup(token.text());
        if (word == null) {
            return;
        }
        if (word.context() >= 0 && !seen[word.context()]) {
            seen[word.context()] = true;
            seenIds[seenCount++] = word.context();
        }
        sentenceContent |= word.content();
        sentenceUnrelated |= word.unrelated();
        for (int cluster : word.contentOf()) {
            contentOf[cluster] = true;
            anyContentOf = true;
        }
        if (word.entries().isEmpty()) {
            return;
        }
        TermHit.Status status = TermHit.Status.COUNTED;
        String note = "";
        String next = next(tokens, index);
        if (workTitleDepth > 0) {
            status = TermHit.Status.WORK_TITLE;
        } else if (SECURITIES.contains(next)) {
            status = TermHit.Status.SECURITY;
            note = next;
        } else if (NAME_SUFFIXES.contains(next)) {
            status = TermHit.Status.NAME;
            note = next;
        } else if (quoted) {
            status = TermHit.Status.QUOTED;
        }
        for (TermTable.Entry entry : word.entries()) {
            pending.add(new Pending(token.text(), entry, token.start(), token.end(), inTitle, lead && !inTitle,
                    status, note));
        }
    }

    /** The word right after the one at {@code index}, when nothing stands between them; else empty. */
    private static String next(List<Token> tokens, int index) {
        if (index + 1 >= tokens.size()) {
            return "";
        }
        Token next = tokens.get(index + 1);
        return next.start() == tokens.get(index).end() ? next.text() : "";
    }

    /** Ends the sentence: decides its occurrences' sense rules and adds them to their clusters. */
    private void endSentence(boolean full) {
        if (sentenceStart < 0) {
            return;
        }
        int index = sentences.size();
        boolean content = !sentenceUnrelated && (sentenceContent || !table.hasContentWords());
        boolean clusterContent = !sentenceUnrelated && anyContentOf;
        sentences.add(new Sentence(inTitle, sentenceStart, sentenceEnd, sentenceLead, content || clusterContent,
                sentenceListItem));
        if (!inTitle) {
            fullSentences += full ? 1 : 0;
            listItems += sentenceListItem ? 1 : 0;
        }
        markLists();
        for (Pending p : pending) {
            count(p, index, content || clusterContent && contentOf[p.entry().cluster()]);
        }
        pending.clear();
        if (anyContentOf) {
            Arrays.fill(contentOf, false);
            anyContentOf = false;
        }
        for (int i = 0; i < seenCount; i++) {
            seen[seenIds[i]] = false;
        }
        seenCount = 0;
        sentenceStart = -1;
        sentenceLead = false;
        sentenceContent = false;
        sentenceUnrelated = false;
        sentenceListItem = false;
    }

    /**
     * Marks as {@link TermHit.Status#LISTED} the occurrences of a run of terms that stand one after the other,
     * separated only by 、, 和, 及 or 与, when the run names {@value #LIST_CLUSTERS} or more clusters.
     */
    private void markLists() {
        int runStart = 0;
        for (int i = 1; i <= pending.size(); i++) {
            if (i < pending.size() && continuesList(pending.get(i - 1), pending.get(i))) {
                continue;
            }
            if (clusters(runStart, i) >= LIST_CLUSTERS) {
                for (int j = runStart; j < i; j++) {
                    Pending p = pending.get(j);
                    if (p.status() == TermHit.Status.COUNTED || p.status() == TermHit.Status.QUOTED) {
                        pending.set(j, new Pending(p.term(), p.entry(), p.start(), p.end(), p.title(), p.lead(),
                                TermHit.Status.LISTED, ""));
                    }
                }
            }
            runStart = i;
        }
    }

    /**
     * Whether {@code next} follows {@code previous} in a list: the same word, right after it, or after a list
     * separator (、, 和, 及, 与) that at most {@value #LIST_ITEM_TAIL} characters follow the term to (油田企业、纺织服装园区).
     */
    private boolean continuesList(Pending previous, Pending next) {
        if (next.start() == previous.start()) {
            return true;
        }
        if (next.start() < previous.end()) {
            return false;
        }
        int gap = next.start() - previous.end();
        if (gap == 0) {
            return true;
        }
        if (gap > LIST_ITEM_TAIL + 2) {
            return false;
        }
        String between = text.substring(previous.end(), next.start());
        int separator = between.endsWith("以及") ? between.length() - 2 : between.length() - 1;
        return "、和及与".indexOf(between.charAt(between.length() - 1)) >= 0 && separator <= LIST_ITEM_TAIL
                && between.substring(0, separator).codePoints().allMatch(Character::isLetter);
    }

    private int clusters(int from, int to) {
        int count = 0;
        long seenClusters = 0;
        for (int i = from; i < to; i++) {
            int cluster = pending.get(i).entry().cluster();
            if (cluster < 64 && (seenClusters & (1L << cluster)) == 0) {
                seenClusters |= 1L << cluster;
                count++;
            }
        }
        return count;
    }

    private void count(Pending p, int sentence, boolean content) {
        TermHit.Status status = p.status();
        String note = p.note();
        if (status.counts() && p.entry().rule() >= 0) {
            TermTable.Rule rule = table.rule(p.entry().rule());
            String veto = firstSeen(rule.veto());
            if (rule.require().length > 0 && firstSeen(rule.require()) == null) {
                status = TermHit.Status.NO_CONTEXT;
                note = describe(rule.require());
            } else if (veto != null) {
                status = TermHit.Status.VETOED;
                note = veto;
            }
        }
        double weight = 0;
        if (status.counts()) {
            Evidence e = evidence[p.entry().cluster()];
            boolean strongWeight = p.entry().strong() && status != TermHit.Status.NAME
                    && status != TermHit.Status.LISTED;
            double position = p.title() ? ClusterScorer.TITLE : p.lead() ? ClusterScorer.LEAD : 1.0;
            weight = e.add(p.term(), strongWeight, position);
            e.occurrence(p.term(), p.entry().strong() && status == TermHit.Status.COUNTED, p.title() ? 2 : 1,
                    p.title() || p.lead(), sentence, content);
            if (weight == 0) {
                status = TermHit.Status.REPEATED;
            }
        }
        hits.add(new TermHit(p.term(), clusterIds.get(p.entry().cluster()), p.entry().strong(), p.title(), p.start(),
                p.end(), sentence, weight, status, note));
    }

    /** The first of the context words that stands in the sentence, or null. */
    private String firstSeen(int[] ids) {
        for (int id : ids) {
            if (seen[id]) {
                return table.contextWord(id);
            }
        }
        return null;
    }

    private String describe(int[] ids) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < ids.length && i < 6; i++) {
            words.append(i == 0 ? "" : " ").append(table.contextWord(ids[i]));
        }
        return ids.length > 6 ? words + " ..." : words.toString();
    }
}
