package chanye.index.search;

import chanye.index.SearchRequest;
import chanye.index.util.LongIntMap;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * The matches of a search grouped into hits: one per story, shown by the copy published first among the story's
 * matching copies and ranked by its best-scoring one; or, when every copy is listed, one per document.
 */
public final class StoryGroups {

    private final Matches matches;
    private final int[] groupOfMatch;
    private final int groups;
    private final int[] representative;
    private final float[] bestScore;
    private final int[] size;
    private final int stories;

    private StoryGroups(Matches matches, int[] groupOfMatch, int groups, int stories) {
        this.matches = matches;
        this.groupOfMatch = groupOfMatch;
        this.groups = groups;
        this.stories = stories;
        this.representative = new int[groups];
        this.bestScore = new float[groups];
        this.size = new int[groups];
        java.util.Arrays.fill(representative, -1);
        for (int i = 0; i < matches.size(); i++) {
            int group = groupOfMatch[i];
            size[group]++;
            bestScore[group] = Math.max(bestScore[group], matches.score(i));
            int current = representative[group];
            if (current < 0 || shownBefore(i, current)) {
                representative[group] = i;
            }
        }
    }

    /** Whether match {@code a} rather than {@code b} shows their story: published earlier, else scoring higher. */
    private boolean shownBefore(int a, int b) {
        long timeA = matches.time(a);
        long timeB = matches.time(b);
        if (timeA != timeB) {
            return timeB == Matches.UNDATED || (timeA != Matches.UNDATED && timeA < timeB);
        }
        return matches.score(a) > matches.score(b);
    }

    /** Groups {@code matches} by story, or one group per document when {@code everyCopy}. */
    public static StoryGroups of(Matches matches, boolean everyCopy) {
        LongIntMap byStory = new LongIntMap(matches.size());
        int[] storyGroup = new int[matches.size()];
        for (int i = 0; i < matches.size(); i++) {
            int group = byStory.get(matches.story(i));
            if (group < 0) {
                group = byStory.size();
                byStory.put(matches.story(i), group);
            }
            storyGroup[i] = group;
        }
        if (!everyCopy) {
            return new StoryGroups(matches, storyGroup, byStory.size(), byStory.size());
        }
        int[] own = new int[matches.size()];
        java.util.Arrays.setAll(own, i -> i);
        return new StoryGroups(matches, own, matches.size(), byStory.size());
    }

    /** How many hits there are to page through. */
    public int groups() {
        return groups;
    }

    /** How many distinct stories match. */
    public int stories() {
        return stories;
    }

    /** The matches grouped. */
    public Matches matches() {
        return matches;
    }

    /** The group of match {@code i}. */
    public int groupOf(int i) {
        return groupOfMatch[i];
    }

    /** How many matches group {@code group} holds. */
    public int size(int group) {
        return size[group];
    }

    /** The match that shows group {@code group}. */
    public int representative(int group) {
        return representative[group];
    }

    /** The score of group {@code group}: its best match's. */
    public float score(int group) {
        return bestScore[group];
    }

    /**
     * The groups of one page in display order: best score first (then newest) for relevance, newest first (undated
     * last, then best score) for date; ties in index order.
     */
    public int[] page(SearchRequest.Sort sort, int offset, int limit) {
        Comparator<Integer> order = sort == SearchRequest.Sort.DATE ? byDate() : byScore();
        int wanted = (int) Math.min((long) offset + limit, groups);
        if (wanted <= offset) {
            return new int[0];
        }
        PriorityQueue<Integer> best = new PriorityQueue<>(wanted + 1, order.reversed());
        for (int group = 0; group < groups; group++) {
            if (best.size() < wanted) {
                best.add(group);
            } else if (order.compare(group, best.peek()) < 0) {
                best.poll();
                best.add(group);
            }
        }
        int[] ordered = new int[best.size()];
        for (int i = ordered.length - 1; i >= 0; i--) {
            ordered[i] = best.poll();
        }
        return java.util.Arrays.copyOfRange(ordered, offset, ordered.length);
    }

    private Comparator<Integer> byScore() {
        return Comparator.<Integer>comparingDouble(group -> -bestScore[group])
                .thenComparing(newest())
                .thenComparingInt(group -> matches.doc(representative[group]));
    }

    private Comparator<Integer> byDate() {
        return newest().thenComparingDouble(group -> -bestScore[group])
                .thenComparingInt(group -> matches.doc(representative[group]));
    }

    private Comparator<Integer> newest() {
        return Comparator.comparingLong(group -> {
            long time = matches.time(representative[group]);
            return time == Matches.UNDATED ? Long.MAX_VALUE : -time;
        });
    }
}
