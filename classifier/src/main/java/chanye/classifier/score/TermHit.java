package chanye.classifier.score;

/**
 * One occurrence of a taxonomy term in a text, and what the scorer made of it.
 *
 * @param term     the term, normalised
 * @param cluster  the id of the cluster it belongs to
 * @param strong   whether it is a strong term of that cluster
 * @param title    whether it stands in the title (else in the body)
 * @param start    its offset in the title or body
 * @param end      the offset after it
 * @param sentence the index of its sentence in {@link Scoring#sentences()}
 * @param weight   what it added to the cluster's score; 0 when it did not count
 * @param status   how it counted
 * @param note     the context word behind the status (the veto word, the required words, the suffix), or empty
 */
public record TermHit(String term, String cluster, boolean strong, boolean title, int start, int end, int sentence,
                      double weight, Status status, String note) {

    /** How an occurrence counted. */
    public enum Status {
        /** It counted in full; a strong term counts as decisive. */
        COUNTED(true, "counted"),
        /** It counted, but the term already counted as often as a term may. */
        REPEATED(true, "counted, no more weight (a term counts at most four times)"),
        /** In quotation marks: it adds to the score but does not decide, since quotes often mark a figure of speech. */
        QUOTED(true, "in quotation marks: adds weight, not decisive"),
        /** Part of a name (a company, a brand, a festival, a street): it counts as a weak term. */
        NAME(true, "part of a name: counts as a weak term"),
        /**
         * One of several industries named in a row (油气、煤炭、新能源、纺织服装等产业): a list in passing, so it counts
         * as a weak term.
         */
        LISTED(true, "one of several industries listed in a row: counts as a weak term"),
        /** Inside 《》, the title of a song, book or film: it does not count. */
        WORK_TITLE(false, "in the title of a work 《》: not counted"),
        /** Followed by a word for a security (煤炭股, 原油期货): market news, not the industry. */
        SECURITY(false, "names a security: not counted"),
        /** A sense rule requires a context word that its sentence lacks. */
        NO_CONTEXT(false, "sense rule: none of the required words in its sentence"),
        /** A sense rule's veto word stands in its sentence. */
        VETOED(false, "sense rule: vetoed by a word in its sentence");

        private final boolean counts;
        private final String description;

        Status(boolean counts, String description) {
            this.counts = counts;
            this.description = description;
        }

        /** Whether an occurrence with this status adds to its cluster's score. */
        public boolean counts() {
            return counts;
        }

        /** What the status means, for people. */
        public String description() {
            return description;
        }
    }
}
