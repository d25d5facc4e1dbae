package id.dkip.core.documents.text;

/**
 * Numbers in Indonesian words ("terbilang"): satu, sebelas, dua belas, dua puluh, seratus, seribu,
 * dua ribu dua puluh satu, ..., juta, miliar, triliun. Lower case; see {@link #titleCase(String)}.
 */
public final class NumberWords {
    private static final String[] UNITS = {"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh",
            "delapan", "sembilan"};
    private static final String[] SCALES = {"", "ribu", "juta", "miliar", "triliun"};

    private NumberWords() {
    }

    /** 0 to 999 999 999 999 999 in words. */
    public static String of(long n) {
        if (n < 0) {
            return "minus " + of(-n);
        }
        if (n == 0) {
            return "nol";
        }
        if (n >= 1_000_000_000_000_000L) {
            throw new IllegalArgumentException("Number too large for words: " + n);
        }
        StringBuilder sb = new StringBuilder();
        int scale = 0;
        long rest = n;
        while (rest > 0) {
            int group = (int) (rest % 1000);
            rest /= 1000;
            if (group > 0) {
                String words;
                if (scale == 1 && group == 1) {
                    words = "seribu";
                } else {
                    words = belowThousand(group) + (scale > 0 ? " " + SCALES[scale] : "");
                }
                sb.insert(0, sb.length() == 0 ? words : words + " ");
            }
            scale++;
        }
        return sb.toString();
    }

    private static String belowThousand(int n) {
        StringBuilder sb = new StringBuilder();
        int hundreds = n / 100;
        int rest = n % 100;
        if (hundreds == 1) {
            sb.append("seratus");
        } else if (hundreds > 1) {
            sb.append(UNITS[hundreds]).append(" ratus");
        }
        if (rest > 0) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(belowHundred(rest));
        }
        return sb.toString();
    }

    private static String belowHundred(int n) {
        if (n < 10) {
            return UNITS[n];
        }
        if (n == 10) {
            return "sepuluh";
        }
        if (n == 11) {
            return "sebelas";
        }
        if (n < 20) {
            return UNITS[n - 10] + " belas";
        }
        int tens = n / 10;
        int ones = n % 10;
        return UNITS[tens] + " puluh" + (ones > 0 ? " " + UNITS[ones] : "");
    }

    /** "dua puluh delapan" to "Dua Puluh Delapan". */
    public static String titleCase(String words) {
        StringBuilder sb = new StringBuilder(words.length());
        boolean start = true;
        for (char c : words.toCharArray()) {
            sb.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ';
        }
        return sb.toString();
    }
}
