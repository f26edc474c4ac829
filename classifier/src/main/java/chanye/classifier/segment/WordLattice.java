package chanye.classifier.segment;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CoreDictionary.Attribute;
import com.hankcs.hanlp.dictionary.other.CharType;
import com.hankcs.hanlp.utility.Predefine;
import java.util.Arrays;

/**
 * The word lattice of one sentence in primitive arrays, and the index-mode segmentation HanLP's
 * {@code ViterbiSegment} derives from it, computed without HanLP's per-word objects.
 *
 * <p>HanLP keeps a linked list of vertex objects per character position, makes a string and a vertex for every
 * dictionary match, and decides each vertex's bigram identity by comparing part-of-speech names. This lattice holds
 * the same words as rows of array indices and makes strings only for the words it returns. It reproduces HanLP's
 * choices exactly, because the project's tokens must not change with the speed-up:
 * <ul>
 * <li>a row (a start position plus one; row 0 holds the begin mark, the last row the end mark) keeps its words in
 * the order HanLP inserts them, core dictionary matches first, then the domain dictionary's, then the atoms that
 * fill the gaps no dictionary word starts in, and a word whose length the row already has is not added;</li>
 * <li>the shortest path takes each edge's weight from the same formula and the same doubles, and keeps the first of
 * equal paths in HanLP's visiting order;</li>
 * <li>adjacent words of the path that make a domain word are joined, as HanLP's custom dictionary does;</li>
 * <li>in index mode, each long word of the path is followed by the words of the lattice inside it, row by row, the
 * latest inserted first.</li>
 * </ul>
 * Not thread-safe: a thread keeps one lattice and {@linkplain #reset resets} it for each sentence, so that its
 * arrays and its {@link BigramCache} serve all the thread's sentences.
 */
final class WordLattice {

    /** Where HanLP's double-array tries begin their search: the root's children start at cell 1. */
    private static final int TRIE_ROOT = 1;
    private static final int NONE = -1;
    private static final int BEGIN = 0;
    private static final int END = 1;

    /** HanLP's core dictionary, laid out for searching. */
    private static final PackedTrie CORE = new PackedTrie(CoreDictionary.trie);

    private final BigramCache bigrams = new BigramCache();
    private char[] text;
    private int rows;
    private int[] head = new int[0];
    private int[] tail = new int[0];

    private int count;
    private int[] start = new int[0];
    private int[] length = new int[0];
    private int[] wordId = new int[0];
    /** The id of each node that is a core word in the core dictionary, else {@link #NONE}. */
    private int[] coreId = new int[0];
    /** The total frequency of each node's attribute, as the bigram model weighs it. */
    private int[] frequency = new int[0];
    private int[] next = new int[0];
    private int[] previous = new int[0];
    private int[] from = new int[0];
    private double[] weight = new double[0];
    /**
     * The cost of each node after a word it never follows in the bigram model (most edges of a lattice), worked out
     * the first time an edge needs it; 0 while not known.
     */
    private double[] unrelatedWeight = new double[0];
    private Attribute[] attribute = new Attribute[0];

    /** How many core words of the lattice are first of all transliterated names: with none, no word of the path is. */
    private int transliteratedNames;

    /** The words of the path, begin and end marks left out, as node indices. */
    private int[] path = new int[0];
    private int pathLength;

    /**
     * Starts the lattice of a sentence: only the begin and end marks, in storage kept from the sentences before.
     *
     * @param sentence the sentence, not empty
     */
    void reset(char[] sentence) {
        text = sentence;
        rows = sentence.length + 2;
        if (head.length < rows) {
            head = new int[rows * 2];
            tail = new int[rows * 2];
        }
        Arrays.fill(head, 0, rows, NONE);
        Arrays.fill(tail, 0, rows, NONE);
        Arrays.fill(attribute, 0, count, null);
        count = 0;
        pathLength = 0;
        transliteratedNames = 0;
        int markFrequency = Predefine.TOTAL_FREQUENCY / 10;
        append(0, -1, 1, new Attribute(Nature.begin, markFrequency), CoreDictionary.BEGIN_WORD_ID, markFrequency);
        append(rows - 1, sentence.length, 1, new Attribute(Nature.end, markFrequency), CoreDictionary.END_WORD_ID,
                markFrequency);
    }

    /**
     * Adds every word of the core dictionary found in the text; called first after {@link #reset}, so that a row has
     * no word of a length the trie finds there once. The trie is searched as HanLP's searcher does, by position and
     * then by length, in its {@linkplain PackedTrie packed} copy.
     */
    void addCoreWords() {
        int[] cells = CORE.cells;
        char[] chars = text;
        int end = chars.length;
        int root = cells[PackedTrie.BASE];
        for (int begin = 0; begin < end; begin++) {
            int state = root;
            for (int i = begin; i < end; i++) {
                int cell = (state + chars[i] + 1) * PackedTrie.STRIDE;
                if (cells[cell + PackedTrie.CHECK] != state) {
                    break;
                }
                state = cells[cell + PackedTrie.BASE];
                int id = cells[cell + PackedTrie.WORD];
                if (id != PackedTrie.NO_WORD) {
                    addCoreWord(begin, i + 1 - begin, id);
                }
            }
        }
    }

    /**
     * Adds every word of the domain dictionary that starts at each position of the text, by position and then by
     * length, as HanLP's searcher finds them: a word ends where the cell that the last character leads to has a child
     * that is a leaf.
     */
    void addDomainWords(DoubleArrayTrie<Attribute> domain) {
        int[] base = domain.getBase();
        int[] check = domain.getCheck();
        int root = base[0];
        char[] chars = text;
        int end = chars.length;
        for (int begin = 0; begin < end; begin++) {
            int state = root;
            for (int i = begin; i < end; i++) {
                int cell = state + chars[i] + 1;
                if (check[cell] != state) {
                    break;
                }
                state = base[cell];
                int leaf = base[state];
                if (leaf < 0 && check[state] == state) {
                    Attribute value = domain.get(-leaf - 1);
                    addWord(begin, i + 1 - begin, value, -value.totalFrequency);
                }
            }
        }
    }

    /**
     * Adds a core word, which its row cannot have yet; unless its class has an attribute, its own is looked up only
     * when it is needed.
     */
    private void addCoreWord(int wordStart, int wordLength, int id) {
        int described = CoreWords.describe(id);
        WordClass wordClass = CoreWords.classOf(described);
        int classId = wordClass == WordClass.NONE ? id : wordClass.wordId;
        int node = append(wordStart + 1, wordStart, wordLength, wordClass.attribute, classId,
                CoreWords.frequencyOf(described));
        coreId[node] = id;
        transliteratedNames += CoreWords.isTransliteratedName(described) ? 1 : 0;
    }

    /** The node's attribute: its own, or the one of the core word it is. */
    private Attribute attributeOf(int node) {
        Attribute known = attribute[node];
        return known == null ? CoreDictionary.trie.get(coreId[node]) : known;
    }

    /**
     * Fills with atoms each gap that no word starts in, so that a path exists: jumping from a row over its latest
     * word, an empty row starts a gap that runs to the next row holding a word (a row after a Chinese numeral does
     * not end it).
     */
    void addAtoms() {
        int row = 1;
        while (row < rows) {
            if (head[row] == NONE) {
                int gapEnd = row + 1;
                while (gapEnd < rows - 1
                        && (head[gapEnd] == NONE || CharType.get(text[gapEnd - 1]) == CharType.CT_CNUM)) {
                    gapEnd++;
                }
                addAtoms(row - 1, gapEnd - 1);
                row = gapEnd;
            } else {
                row += length[tail[row]];
            }
        }
    }

    /** Cuts the characters from {@code first} to {@code end} into runs of one character type (3.5 is one run). */
    private void addAtoms(int first, int end) {
        int atomStart = first;
        int type = CharType.get(text[first]);
        int i = first + 1;
        for (; i < end; i++) {
            int charType = CharType.get(text[i]);
            if (charType == type) {
                continue;
            }
            if (type == CharType.CT_NUM && isDecimalPoint(text[i]) && i + 1 < end
                    && CharType.get(text[i + 1]) == CharType.CT_NUM) {
                continue;
            }
            addAtom(atomStart, i - atomStart, type);
            atomStart = i;
            type = charType;
        }
        addAtom(atomStart, i - atomStart, type);
    }

    private static boolean isDecimalPoint(char c) {
        return c == '，' || c == ',' || c == '．' || c == '.';
    }

    private void addAtom(int atomStart, int atomLength, int type) {
        int unknown = Predefine.OOV_DEFAULT_FREQUENCY;
        switch (type) {
            case CharType.CT_NUM, CharType.CT_INDEX, CharType.CT_CNUM ->
                    add(atomStart, atomLength, new Attribute(Nature.m, unknown), CoreDictionary.M_WORD_ID);
            case CharType.CT_DELIMITER, CharType.CT_OTHER ->
                    add(atomStart, atomLength, new Attribute(Nature.w, unknown), NONE);
            case CharType.CT_SINGLE ->
                    add(atomStart, atomLength, new Attribute(Nature.nx, unknown), CoreDictionary.X_WORD_ID);
            default -> add(atomStart, atomLength, new Attribute(Nature.n, unknown), NONE);
        }
    }

    /**
     * Adds a dictionary word. A word of one part of speech that is a name, place, group, number, string or time
     * stands in the bigram model for its class, with the class's id (numbers, strings and times also with its
     * attribute).
     */
    private void addWord(int wordStart, int wordLength, Attribute value, int id) {
        WordClass wordClass = value.nature.length == 1 ? WordClass.of(value.nature[0]) : WordClass.NONE;
        Attribute taken = wordClass.attribute == null ? value : wordClass.attribute;
        add(wordStart, wordLength, taken, wordClass == WordClass.NONE ? id : wordClass.wordId, taken.totalFrequency);
    }

    /** Adds a word to its row unless the row has a word of its length. */
    private void add(int wordStart, int wordLength, Attribute value, int id) {
        add(wordStart, wordLength, value, id, value.totalFrequency);
    }

    /** Adds a word to its row unless the row has a word of its length; the new node, or {@link #NONE}. */
    private int add(int wordStart, int wordLength, Attribute value, int id, int frequency) {
        int row = wordStart + 1;
        for (int node = head[row]; node != NONE; node = next[node]) {
            if (length[node] == wordLength) {
                return NONE;
            }
        }
        return append(row, wordStart, wordLength, value, id, frequency);
    }

    private int append(int row, int wordStart, int wordLength, Attribute value, int id, int frequency) {
        int node = newNode(wordStart, wordLength, value, id, frequency);
        previous[node] = tail[row];
        if (tail[row] == NONE) {
            head[row] = node;
        } else {
            next[tail[row]] = node;
        }
        tail[row] = node;
        return node;
    }

    private int newNode(int wordStart, int wordLength, Attribute value, int id, int frequency) {
        if (count == start.length) {
            grow();
        }
        int node = count++;
        start[node] = wordStart;
        length[node] = wordLength;
        attribute[node] = value;
        wordId[node] = id;
        this.frequency[node] = frequency;
        coreId[node] = NONE;
        next[node] = NONE;
        previous[node] = NONE;
        from[node] = NONE;
        unrelatedWeight[node] = 0;
        return node;
    }

    private void grow() {
        int capacity = Math.max(64, start.length * 2);
        start = Arrays.copyOf(start, capacity);
        length = Arrays.copyOf(length, capacity);
        wordId = Arrays.copyOf(wordId, capacity);
        coreId = Arrays.copyOf(coreId, capacity);
        frequency = Arrays.copyOf(frequency, capacity);
        next = Arrays.copyOf(next, capacity);
        previous = Arrays.copyOf(previous, capacity);
        from = Arrays.copyOf(from, capacity);
        weight = Arrays.copyOf(weight, capacity);
        unrelatedWeight = Arrays.copyOf(unrelatedWeight, capacity);
        attribute = Arrays.copyOf(attribute, capacity);
    }

    /**
     * Finds the cheapest path from the begin mark to the end mark, visiting rows in order and each row's words in
     * order, a word keeping the first of equally cheap predecessors.
     *
     * @return whether the end mark is reached
     */
    boolean findPath() {
        relaxFrom(BEGIN, head[1]);
        for (int row = 1; row < rows - 1; row++) {
            for (int node = head[row]; node != NONE; node = next[node]) {
                if (from[node] != NONE) {
                    relaxFrom(node, head[row + length[node]]);
                }
            }
        }
        if (from[END] == NONE) {
            return false;
        }
        int words = 0;
        for (int node = from[END]; node != BEGIN; node = from[node]) {
            words++;
        }
        if (path.length < words) {
            path = new int[words * 2];
        }
        pathLength = words;
        for (int node = from[END]; node != BEGIN; node = from[node]) {
            path[--words] = node;
        }
        return true;
    }

    /**
     * Relaxes the edges from {@code node} to each word of a row, from {@code first} on. The cost of an edge is minus
     * the log of the smoothed bigram probability. Without a bigram (two edges in three) the bigram's share is 0
     * whatever the word before, so the cost depends on the word reached alone and is worked out once per node, with
     * the same doubles. One call per node rather than per edge: the crawl's compiler inlines no call this large.
     */
    private void relaxFrom(int node, int first) {
        double reached = weight[node];
        int id = wordId[node];
        int nodeFrequency = frequency[node];
        for (int to = first; to != NONE; to = next[to]) {
            int bigram = bigrams.frequency(id, wordId[to]);
            double edge;
            if (bigram != 0) {
                edge = edgeWeight(nodeFrequency, bigram, frequency[to]);
            } else {
                edge = unrelatedWeight[to];
                if (edge == 0) {
                    edge = edgeWeight(nodeFrequency, 0, frequency[to]);
                    unrelatedWeight[to] = edge;
                }
            }
            double through = reached + edge;
            if (from[to] == NONE || weight[to] > through) {
                from[to] = node;
                weight[to] = through;
            }
        }
    }

    private static double edgeWeight(int nodeFrequency, int bigram, int toFrequency) {
        double bigramShare = Predefine.myu * bigram / (nodeFrequency + 1) + 1 - Predefine.myu;
        return -Math.log(Predefine.lambda * bigramShare
                + (1 - Predefine.lambda) * toFrequency / Predefine.TOTAL_FREQUENCY);
    }

    /**
     * Joins adjacent words of the path into the longest domain word they spell from each position; a single word
     * that is a domain word takes its attribute.
     */
    void joinDomainWords(DoubleArrayTrie<Attribute> domain) {
        int kept = 0;
        for (int i = 0; i < pathLength; i++) {
            int state = transition(domain, path[i], TRIE_ROOT);
            if (state <= 0) {
                path[kept++] = path[i];
                continue;
            }
            Attribute value = domain.output(state);
            int end = i + 1;
            for (int to = i + 1; to < pathLength; to++) {
                state = transition(domain, path[to], state);
                if (state < 0) {
                    break;
                }
                Attribute output = domain.output(state);
                if (output != null) {
                    value = output;
                    end = to + 1;
                }
            }
            if (value == null) {
                path[kept++] = path[i];
            } else if (end == i + 1) {
                attribute[path[i]] = value;
                path[kept++] = path[i];
                i = end - 1;
            } else {
                int last = path[end - 1];
                int joinedStart = start[path[i]];
                path[kept++] = newNode(joinedStart, start[last] + length[last] - joinedStart, value,
                        -value.totalFrequency, value.totalFrequency);
                i = end - 1;
            }
        }
        pathLength = kept;
    }

    private int transition(DoubleArrayTrie<Attribute> trie, int node, int state) {
        int end = start[node] + length[node];
        int current = state;
        for (int i = start[node]; i < end && current >= 0; i++) {
            current = trie.transition(text[i], current);
        }
        return current;
    }

    /** Adds to the lattice the domain words inside each word of the path of at least three characters. */
    void addDomainWordsInsidePath(DoubleArrayTrie<Attribute> domain) {
        for (int i = 0; i < pathLength; i++) {
            int node = path[i];
            int wordStart = start[node];
            int wordLength = length[node];
            if (wordLength < 3) {
                continue;
            }
            int wordEnd = wordStart + wordLength;
            for (int begin = wordStart; begin < wordEnd; begin++) {
                int state = TRIE_ROOT;
                for (int j = begin; j < wordEnd; j++) {
                    state = domain.transition(text[j], state);
                    if (state < 0) {
                        break;
                    }
                    Attribute value = domain.output(state);
                    if (value != null && j + 1 - begin != wordLength) {
                        addWord(begin, j + 1 - begin, value, -value.totalFrequency);
                    }
                }
            }
        }
    }

    /** Whether a word of the path is tagged as a transliterated name, which HanLP's name recognition looks at. */
    boolean pathHasTransliteratedName() {
        if (transliteratedNames == 0) {
            return false;
        }
        for (int i = 0; i < pathLength; i++) {
            int node = path[i];
            boolean name = attribute[node] == null ? CoreWords.isTransliteratedName(CoreWords.describe(coreId[node]))
                    : attribute[node].nature[0] == Nature.nrf;
            if (name) {
                return true;
            }
        }
        return false;
    }

    /**
     * Gives the words of the path with their offsets and, after each word longer than two characters, the lattice's
     * words inside it of at least {@code minLength} characters (of any length when the word is a number with
     * quantifier and they are quantifiers), row by row, each row's latest word first.
     */
    void indexWords(int minLength, WordSink sink) {
        for (int i = 0; i < pathLength; i++) {
            int node = path[i];
            Nature nature = word(node, sink);
            if (length[node] <= 2) {
                continue;
            }
            int firstRow = start[node] + 1;
            int endRow = firstRow + length[node];
            for (int row = firstRow; row < endRow; row++) {
                for (int inner = tail[row]; inner != NONE; inner = previous[inner]) {
                    boolean wanted = length[inner] >= minLength
                            || nature == Nature.mq && attributeOf(inner).getNatureFrequency(Nature.q) > 0;
                    if (wanted && inner != node && row + length[inner] <= endRow) {
                        word(inner, sink);
                    }
                }
            }
        }
    }

    /**
     * Gives the node's word to the sink; its part of speech, that of its own attribute or else of the core word it
     * is.
     */
    private Nature word(int node, WordSink sink) {
        int id = coreId[node];
        int wordStart = start[node];
        int wordLength = length[node];
        Attribute own = attribute[node];
        String word;
        Nature nature;
        if (id == NONE) {
            word = new String(text, wordStart, wordLength);
            nature = own.nature[0];
        } else {
            CoreWords.Word core = CoreWords.word(id, text, wordStart, wordLength);
            word = core.text();
            nature = own == null ? core.nature() : own.nature[0];
        }
        sink.word(word, wordStart, wordLength, nature);
        return nature;
    }
}
