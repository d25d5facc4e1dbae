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
 *
 * <p>The table is one flat array over a compressed alphabet (the characters the keywords use, and "any other"), its
 * entries already multiplied by the row width, and states that end a keyword are numbered last: the scanning loop
 * is one class lookup, one transition lookup and one compare per character. The same loop also notes the '@'s and
 * the runs of digits the personal-data scanner's number patterns need (see {@link #scan(char[], int)}), so a
 * paragraph costs one pass over its characters whatever is looked for.
 */
final class KeywordAutomaton {
    /** Bit of {@link #scan(char[], int)}'s result: a run of {@link #DIGIT_RUN_LENGTH} digits or more. */
    static final long DIGIT_RUN = 1L << 62;
    /** Bit of {@link #scan(char[], int)}'s result: an '@'. */
    static final long AT_SIGN = 1L << 63;
    /** Digits that make a run, separators of up to two characters between them (the number patterns' shortest). */
    static final int DIGIT_RUN_LENGTH = 8;
    private static final int ALPHABET = 128;
    /** Kind bits of a character class: a digit; '@'. */
    private static final int DIGIT = 1;
    private static final int AT = 2;
    private static final int KIND_BITS = 2;

    /** Per ASCII character: its column in the table, shifted left {@link #KIND_BITS}, or'ed with its kind bits. */
    private final int[] classes = new int[ALPHABET];
    /** Row width: the keywords' distinct characters plus column 0 for every other character. */
    private final int width;
    /** transitions[state + column] = next state; states are row offsets (index * width), the start state is 0. */
    private final int[] transitions;
    /** Row offsets from here on end a keyword (directly or through a suffix). */
    private final int firstOutput;
    /** Per state index: the bit set of groups whose keyword ends here. */
    private final long[] output;
    /** Per state index: the keywords ending here, as (length << 6 | group). */
    private final int[][] ends;
    /**
     * How far before the middle {@link #scan(char[], int)}'s second walk starts: the longest keyword less one, and at
     * least the longest span of a digit run's {@link #DIGIT_RUN_LENGTH} digits (two separators between each).
     */
    private final int overlap;

    /** @param groups up to 62 groups of keywords; group {@code i} sets bit {@code i} in {@link #scan}'s result */
    KeywordAutomaton(List<? extends Collection<String>> groups) {
        if (groups.size() > 62) {
            throw new IllegalArgumentException("at most 62 groups");
        }
        int[] column = new int[ALPHABET];
        int columns = 1;
        for (Collection<String> g : groups) {
            for (String keyword : g) {
                for (char c : keyword.toLowerCase(Locale.ROOT).toCharArray()) {
                    if (c >= ALPHABET) {
                        throw new IllegalArgumentException("ASCII keywords only: " + keyword);
                    }
                    if (column[c] == 0) {
                        column[c] = columns++;
                    }
                }
            }
        }
        width = columns;
        int longest = 0;
        for (Collection<String> g : groups) {
            for (String keyword : g) {
                longest = Math.max(longest, keyword.length());
            }
        }
        overlap = Math.max(longest - 1, 3 * DIGIT_RUN_LENGTH - 2);
        for (int c = 0; c < ALPHABET; c++) {
            int folded = fold((char) c);
            int kind = c >= '0' && c <= '9' ? DIGIT : c == '@' ? AT : 0;
            classes[c] = column[folded] << KIND_BITS | kind;
        }

        List<int[]> trie = new ArrayList<>();
        List<Long> out = new ArrayList<>();
        List<int[]> endsHere = new ArrayList<>();
        trie.add(empty(width));
        out.add(0L);
        endsHere.add(new int[0]);
        for (int g = 0; g < groups.size(); g++) {
            for (String keyword : groups.get(g)) {
                int state = 0;
                for (char c : keyword.toLowerCase(Locale.ROOT).toCharArray()) {
                    int col = column[c];
                    if (trie.get(state)[col] < 0) {
                        trie.get(state)[col] = trie.size();
                        trie.add(empty(width));
                        out.add(0L);
                        endsHere.add(new int[0]);
                    }
                    state = trie.get(state)[col];
                }
                out.set(state, out.get(state) | (1L << g));
                int[] e = Arrays.copyOf(endsHere.get(state), endsHere.get(state).length + 1);
                e[e.length - 1] = keyword.length() << 6 | g;
                endsHere.set(state, e);
            }
        }
        int n = trie.size();
        int[][] next = new int[n][];
        long[] outputs = new long[n];
        int[][] endsOf = new int[n][];
        int[] fail = new int[n];
        for (int s = 0; s < n; s++) {
            next[s] = trie.get(s).clone();
            outputs[s] = out.get(s);
            endsOf[s] = endsHere.get(s);
        }
        // breadth first: every missing transition goes where the failure link's would
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < width; c++) {
            if (next[0][c] < 0) {
                next[0][c] = 0;
            } else {
                fail[next[0][c]] = 0;
                queue.add(next[0][c]);
            }
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            outputs[s] |= outputs[fail[s]];
            if (endsOf[fail[s]].length > 0) {
                int[] merged = Arrays.copyOf(endsOf[s], endsOf[s].length + endsOf[fail[s]].length);
                System.arraycopy(endsOf[fail[s]], 0, merged, endsOf[s].length, endsOf[fail[s]].length);
                endsOf[s] = merged;
            }
            for (int c = 0; c < width; c++) {
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
        // renumber: the start state stays 0, states without output come first, those ending a keyword last
        int[] index = new int[n];
        int i = 0;
        for (int s = 0; s < n; s++) {
            if (s == 0 || outputs[s] == 0) {
                index[s] = i++;
            }
        }
        int outputFrom = i;
        for (int s = 1; s < n; s++) {
            if (outputs[s] != 0) {
                index[s] = i++;
            }
        }
        firstOutput = outputFrom * width;
        transitions = new int[n * width];
        output = new long[n];
        ends = new int[n][];
        for (int s = 0; s < n; s++) {
            for (int c = 0; c < width; c++) {
                transitions[index[s] * width + c] = index[next[s][c]] * width;
            }
            output[index[s]] = outputs[s];
            ends[index[s]] = endsOf[s];
        }
    }

    private static int[] empty(int width) {
        int[] a = new int[width];
        Arrays.fill(a, -1);
        return a;
    }

    /** The separators the number patterns allow inside a number. */
    private static boolean separator(char c) {
        return c == ' ' || c == '.' || c == '-' || c == '(' || c == ')' || c == '+' || c == '/';
    }

    /** The table column and kind of a character (see {@link #classes}); non-ASCII folds as the regexes would. */
    private int classOf(char c) {
        if (c < ALPHABET) {
            return classes[c];
        }
        int folded = fold(c);
        return folded < ALPHABET ? classes[folded] >>> KIND_BITS << KIND_BITS : 0; // never a digit or '@'

    }

    /**
     * The groups with a keyword somewhere in {@code text[0, length)} (as a substring, ignoring case), plus
     * {@link #DIGIT_RUN} when it holds a run of at least {@link #DIGIT_RUN_LENGTH} digits with at most two of
     * {@code space . - ( ) + /} between consecutive digits, and {@link #AT_SIGN} when it holds an '@'.
     *
     * <p>One pass, as two interleaved walks: the first half and the second half (starting {@link #overlap} characters
     * early, from the start state, so nothing ending in the second half is missed) are read in the same loop. Each
     * walk's next state depends on its previous one, a chain of table lookups; two independent chains keep the
     * processor busy while it waits on either.
     */
    long scan(char[] text, int length) {
        int steps = Math.min(length, (length + overlap + 1) / 2);
        int offset = length - steps; // the second walk reads text[offset + i]
        long found = 0;
        int kinds = 0;
        int a = 0;
        int b = 0;
        int lastDigitA = -10;
        int runA = 0;
        int lastDigitB = -10;
        int runB = 0;
        final int[] table = transitions;
        final int[] cls = classes;
        final int outputFrom = firstOutput;
        for (int i = 0; i < steps; i++) {
            char ca = text[i];
            char cb = text[offset + i];
            int ka = ca < ALPHABET ? cls[ca] : classOf(ca);
            int kb = cb < ALPHABET ? cls[cb] : classOf(cb);
            a = table[a + (ka >>> KIND_BITS)];
            b = table[b + (kb >>> KIND_BITS)];
            if (a >= outputFrom) {
                found |= output[a / width];
            }
            if (b >= outputFrom) {
                found |= output[b / width];
            }
            if ((ka & DIGIT) != 0) { // rare in text: the loop's only branches on the characters' kinds
                runA = run(text, i, lastDigitA, runA);
                lastDigitA = i;
                found |= runA >= DIGIT_RUN_LENGTH ? DIGIT_RUN : 0;
            }
            if ((kb & DIGIT) != 0) {
                runB = run(text, offset + i, lastDigitB, runB);
                lastDigitB = offset + i;
                found |= runB >= DIGIT_RUN_LENGTH ? DIGIT_RUN : 0;
            }
            kinds |= ka | kb;
        }
        return (kinds & AT) != 0 ? found | AT_SIGN : found;
    }

    /** The digits in the run the digit at {@code i} ends: the run goes on if at most two separators came between. */
    private static int run(char[] text, int i, int lastDigit, int run) {
        int gap = i - lastDigit;
        boolean on = gap == 1 || gap == 2 && separator(text[i - 1]) || gap == 3 && separator(text[i - 1]) && separator(text[i - 2]);
        return on ? run + 1 : 1;
    }

    /** Receives each occurrence: start and end (exclusive) in the text, and the keyword's group; true to stop. */
    interface Hit {
        boolean at(int start, int end, int group);
    }

    /** Every occurrence of a keyword of the groups in {@code groups} (a bit set), in order of their ends. */
    void matches(CharSequence text, long groups, Hit hit) {
        matches(text, 0, text.length(), groups, hit);
    }

    /**
     * As {@link #matches(CharSequence, long, Hit)} within {@code [from, to)} only.
     *
     * @return true when {@code hit} asked to stop
     */
    boolean matches(CharSequence text, int from, int to, long groups, Hit hit) {
        int state = 0;
        for (int i = from; i < to; i++) {
            state = transitions[state + (classOf(text.charAt(i)) >>> KIND_BITS)];
            if (state >= firstOutput && (output[state / width] & groups) != 0) {
                for (int e : ends[state / width]) {
                    int group = e & 63;
                    if ((groups & (1L << group)) != 0 && hit.at(i + 1 - (e >>> 6), i + 1, group)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** ASCII lower case; other characters folded as the regex engine's Unicode case-insensitivity would. */
    static int fold(char c) {
        if (c < ALPHABET) {
            return c >= 'A' && c <= 'Z' ? c + 32 : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
