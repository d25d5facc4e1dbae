package id.dkip.core.extraction;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Aho-Corasick over lower-case ASCII keywords, compiled to a DFA (one table lookup per character): finds which
 * keyword groups occur anywhere in a text, case-insensitively, in one pass. A prefilter: it reports substrings,
 * and the caller confirms a hit with its exact rule (word boundaries), so only texts that can match pay for it.
 */
final class KeywordAutomaton {
    private static final int ALPHABET = 128;
    private final int[][] next;
    /** Per state: the bit set of groups whose keyword ends here (directly or through a suffix). */
    private final long[] output;
    /** Per state: the keywords ending here, as (length << 6 | group). */
    private final int[][] ends;

    /** @param groups up to 64 groups of keywords; group {@code i} sets bit {@code i} in {@link #scan}'s result */
    KeywordAutomaton(List<? extends Collection<String>> groups) {
        if (groups.size() > 64) {
            throw new IllegalArgumentException("at most 64 groups");
        }
        List<int[]> trie = new ArrayList<>();
        List<Long> out = new ArrayList<>();
        List<int[]> endsHere = new ArrayList<>();
        trie.add(empty());
        out.add(0L);
        endsHere.add(new int[0]);
        for (int g = 0; g < groups.size(); g++) {
            for (String keyword : groups.get(g)) {
                int state = 0;
                for (char c : keyword.toLowerCase(Locale.ROOT).toCharArray()) {
                    if (c >= ALPHABET) {
                        throw new IllegalArgumentException("ASCII keywords only: " + keyword);
                    }
                    if (trie.get(state)[c] < 0) {
                        trie.get(state)[c] = trie.size();
                        trie.add(empty());
                        out.add(0L);
                        endsHere.add(new int[0]);
                    }
                    state = trie.get(state)[c];
                }
                out.set(state, out.get(state) | (1L << g));
                int[] e = Arrays.copyOf(endsHere.get(state), endsHere.get(state).length + 1);
                e[e.length - 1] = keyword.length() << 6 | g;
                endsHere.set(state, e);
            }
        }
        int n = trie.size();
        next = new int[n][];
        output = new long[n];
        ends = new int[n][];
        int[] fail = new int[n];
        for (int s = 0; s < n; s++) {
            next[s] = trie.get(s).clone();
            output[s] = out.get(s);
            ends[s] = endsHere.get(s);
        }
        // breadth first: every missing transition goes where the failure link's would
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < ALPHABET; c++) {
            if (next[0][c] < 0) {
                next[0][c] = 0;
            } else {
                fail[next[0][c]] = 0;
                queue.add(next[0][c]);
            }
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            output[s] |= output[fail[s]];
            if (ends[fail[s]].length > 0) {
                int[] merged = Arrays.copyOf(ends[s], ends[s].length + ends[fail[s]].length);
                System.arraycopy(ends[fail[s]], 0, merged, ends[s].length, ends[fail[s]].length);
                ends[s] = merged;
            }
            for (int c = 0; c < ALPHABET; c++) {
                int t = trie.get(s)[c];
                if (t >= 0) {
                    fail[t] = next[fail[s]][c];
                    queue.add(t);
                    next[s][c] = t;
                } else {
                    next[s][c] = next[fail[s]][c];
                }
            }
        }
    }

    private static int[] empty() {
        int[] a = new int[ALPHABET];
        Arrays.fill(a, -1);
        return a;
    }

    /** The groups with a keyword somewhere in {@code text} (as a substring, ignoring case). */
    long scan(CharSequence text) {
        long found = 0;
        int state = 0;
        int[][] table = next;
        for (int i = 0, n = text.length(); i < n; i++) {
            int c = fold(text.charAt(i));
            state = c < ALPHABET ? table[state][c] : 0;
            found |= output[state];
        }
        return found;
    }

    /** Receives each occurrence: start and end (exclusive) in the text, and the keyword's group. */
    interface Hit {
        void at(int start, int end, int group);
    }

    /** Every occurrence of a keyword of the groups in {@code groups} (a bit set), in order of their ends. */
    void matches(CharSequence text, long groups, Hit hit) {
        matches(text, 0, text.length(), groups, hit);
    }

    /** As {@link #matches(CharSequence, long, Hit)} within {@code [from, to)} only. */
    void matches(CharSequence text, int from, int to, long groups, Hit hit) {
        int state = 0;
        for (int i = from; i < to; i++) {
            int c = fold(text.charAt(i));
            state = c < ALPHABET ? next[state][c] : 0;
            if ((output[state] & groups) != 0) {
                for (int e : ends[state]) {
                    int group = e & 63;
                    if ((groups & (1L << group)) != 0) {
                        hit.at(i + 1 - (e >>> 6), i + 1, group);
                    }
                }
            }
        }
    }

    /** ASCII lower case; other characters folded as the regex engine's Unicode case-insensitivity would. */
    static int fold(char c) {
        if (c < ALPHABET) {
            return c >= 'A' && c <= 'Z' ? c + 32 : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
