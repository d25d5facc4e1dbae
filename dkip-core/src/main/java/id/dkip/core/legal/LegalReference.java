package id.dkip.core.legal;

import java.util.Objects;

/**
 * A reference to a statute as real tables write it, parsed into its parts. {@code kind} is the kind of regulation
 * as written in short form ("UU", "PP", "Perpres", "Permenkes", "Perda", "PerKI", ...); {@code number} and
 * {@code year} identify it; {@code article} ("Pasal"), {@code letter} ("huruf") and {@code point} ("angka") are the
 * position inside it, each null when not given. {@code original} keeps the words exactly as they were written.
 */
public record LegalReference(String kind, String number, Integer year, String article, String letter, String point,
                             String original) {

    public LegalReference {
        Objects.requireNonNull(kind, "kind");
    }

    /** True for UU 14/2008 (UU KIP) itself. */
    public boolean isUuKip() {
        return "UU".equalsIgnoreCase(kind) && "14".equals(number) && Integer.valueOf(2008).equals(year);
    }

    /** "UU 44/2009 Pasal 32 huruf i": a normalised form for display and comparison. */
    public String display() {
        StringBuilder sb = new StringBuilder(kind);
        if (number != null) {
            sb.append(' ').append(number);
            if (year != null) {
                sb.append('/').append(year);
            }
        } else if (year != null) {
            sb.append(" Tahun ").append(year);
        }
        if (article != null) {
            sb.append(" Pasal ").append(article);
        }
        if (letter != null) {
            sb.append(" huruf ").append(letter);
        }
        if (point != null) {
            sb.append(" angka ").append(point);
        }
        return sb.toString();
    }
}
