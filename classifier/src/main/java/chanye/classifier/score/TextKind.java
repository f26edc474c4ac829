package chanye.classifier.score;

/** The kinds of text the scorer tells apart, because each says what it is about in its own way. */
public enum TextKind {
    /** One or two sentences: one decisive term in a sentence of content names the industry. */
    BRIEF,
    /** A longer text: its cluster runs through it, from the title or lead or over several sentences. */
    ARTICLE,
    /**
     * A work report, plan or notice that gives several clusters a list item or clause each (three list items, or
     * three clusters with a sentence of content): every cluster with a sentence of content is tagged.
     */
    ENUMERATION
}
