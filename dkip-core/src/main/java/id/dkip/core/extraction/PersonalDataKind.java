package id.dkip.core.extraction;

/**
 * Kinds of personal data the scanner looks for, each with the UU KIP Pasal 17 ground it suggests. Suggestions
 * only: an officer decides whether the document is exempted and on which ground.
 */
public enum PersonalDataKind {
    /** Nomor Induk Kependudukan: identity of a person (Pasal 17 huruf h, rahasia pribadi). */
    NIK("17h"),
    /** Nomor Kartu Keluarga: reveals the family's members and their condition (17h angka 1). */
    KK("17h1"),
    /** Tax number: a person's finances (17h angka 3). */
    NPWP("17h3"),
    /** BPJS Kesehatan / JKN card number: ties a person to health care (17h angka 2). */
    BPJS("17h2"),
    /** Personal phone number (17h). */
    PHONE("17h"),
    /** Personal e-mail address (17h). */
    EMAIL("17h"),
    /** Bank account number (17h angka 3). */
    BANK_ACCOUNT("17h3"),
    /** Diagnosis, medical record or health condition of an identified person (17h angka 2). */
    HEALTH("17h2");

    private final String suggestedGround;

    PersonalDataKind(String suggestedGround) {
        this.suggestedGround = suggestedGround;
    }

    public String suggestedGround() {
        return suggestedGround;
    }

    public String messageKey() {
        return "dkip.extraction.finding." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
