package chanye.classifier.segment;

import com.hankcs.hanlp.corpus.tag.Nature;

/** Receives the words of a segmented sentence one by one, in HanLP's order. */
interface WordSink {

    /**
     * One word.
     *
     * @param word   its text
     * @param offset where it starts in the sentence
     * @param length its length in the sentence
     * @param nature its part of speech, or null when HanLP gave none
     */
    void word(String word, int offset, int length, Nature nature);
}
