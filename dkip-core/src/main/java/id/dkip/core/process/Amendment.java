package id.dkip.core.process;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The decree (SK) that establishes a DKIP run. After a DKIP is established, new information goes through the same
 * procedure as an amendment (perubahan) whose new SK refers to the previous SK by its number.
 *
 * @param skNumber         the new SK's number
 * @param skDate           the new SK's date
 * @param previousSkNumber the SK it amends, or null for a first establishment
 */
public record Amendment(String skNumber, LocalDate skDate, String previousSkNumber) {

    public Amendment {
        Objects.requireNonNull(skDate, "skDate");
        if (skNumber == null || skNumber.isBlank()) {
            throw new IllegalArgumentException("Nomor SK wajib diisi.");
        }
        skNumber = skNumber.trim();
        previousSkNumber = previousSkNumber == null || previousSkNumber.isBlank() ? null : previousSkNumber.trim();
        if (skNumber.equals(previousSkNumber)) {
            throw new IllegalArgumentException("SK perubahan harus bernomor lain dari SK yang diubah (" + skNumber + ").");
        }
    }

    public boolean isAmendment() {
        return previousSkNumber != null;
    }
}
