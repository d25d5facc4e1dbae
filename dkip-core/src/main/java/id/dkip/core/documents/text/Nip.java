package id.dkip.core.documents.text;

/**
 * NIP (Nomor Induk Pegawai) of a civil servant: 18 digits written in groups of birth date, appointment month,
 * sex and serial: {@code 19720415 199403 1 003}.
 */
public final class Nip {
    private Nip() {
    }

    /** Groups an 18-digit NIP (any spacing in the input); anything else is returned trimmed, as written. */
    public static String format(String nip) {
        if (nip == null) {
            return "";
        }
        String digits = nip.replaceAll("[\\s.-]", "");
        if (digits.length() != 18 || !digits.chars().allMatch(Character::isDigit)) {
            return nip.trim();
        }
        return digits.substring(0, 8) + " " + digits.substring(8, 14) + " " + digits.charAt(14) + " "
                + digits.substring(15);
    }
}
