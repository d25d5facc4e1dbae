package id.dkip.core.documents.text;

/** The words that number a decree's dictums: KESATU, KEDUA, ..., KESEPULUH, then KESEBELAS, KEDUA BELAS, ... */
public final class Diktum {
    private static final String[] WORDS = {"KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH",
            "KEDELAPAN", "KESEMBILAN", "KESEPULUH"};

    private Diktum() {
    }

    /** The word for the {@code n}-th dictum, 1-based. */
    public static String word(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("Dictums count from 1: " + n);
        }
        if (n <= WORDS.length) {
            return WORDS[n - 1];
        }
        return n == 11 ? "KESEBELAS" : "KE" + NumberWords.of(n).toUpperCase(java.util.Locale.ROOT);
    }
}
