package id.dkip.core.register;

import id.dkip.core.legal.ExemptionPeriod;
import id.dkip.core.legal.LegalReference;
import id.dkip.core.legal.SecurityLevel;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of a DKIP: an item of exempted information with everything the law asks of it. Immutable; change it
 * through {@link #toBuilder()}. Field names are English; their Indonesian names (as in the content model):
 *
 * @param id                  stable identifier of the row (a node id in Alfresco, a generated one elsewhere)
 * @param unitCode            owning unit (unit kerja / SKPD) code, e.g. "YANKES"
 * @param unitName            owning unit's name
 * @param ppidPembantu        the unit's PPID Pembantu (an Alfresco group name, or a person's name in documents)
 * @param information         the information described (informasi yang dikecualikan)
 * @param grounds             UU KIP Pasal 17 codes such as "17h2" (see the legal catalogue)
 * @param otherReferences     other statutes cited (kind, number, year, article), structured
 * @param legalBasisText      the "Dasar Hukum" cell exactly as written
 * @param consequenceIfOpened uji konsekuensi: the harm if opened (akibat bila dibuka)
 * @param benefitIfClosed     manfaat bila ditutup
 * @param publicInterest      pertimbangan kepentingan publik (Pasal 2(4) weighing)
 * @param period              jangka waktu pengecualian, with the original words
 * @param periodStart         the date the period counts from (usually the SK date)
 * @param expiryDate          the date the exemption ends, when it ends on a date
 * @param reviewDate          the date the PPID must re-designate by (30 working days before expiry, PerKI 1/2021)
 * @param reviewDateProvisional true when {@code reviewDate} was counted over a year whose SKB 3 Menteri decree was
 *                            not loaded (dkip:tanggalSementara): it is recomputed once the decree is loaded
 * @param securityLevel       SKKAAD level
 * @param status              usulan, rancangan, ditetapkan, dicabut, dibuka
 * @param skNumber            number of the decree (SK) establishing it
 * @param skDate              date of that decree
 * @param decidingOfficial    identity of the PPID official deciding (PerKI 1/2017 Pasal 4(4) b)
 * @param publicBody          the public body (Pasal 4(4) c)
 * @param place               place of the decision (Pasal 4(4) f)
 * @param original            source cells kept beside the parsed meaning (column label to text), for imports
 */
public record DkipEntry(
        String id,
        String unitCode,
        String unitName,
        String ppidPembantu,
        String information,
        List<String> grounds,
        List<LegalReference> otherReferences,
        String legalBasisText,
        String consequenceIfOpened,
        String benefitIfClosed,
        String publicInterest,
        ExemptionPeriod period,
        LocalDate periodStart,
        LocalDate expiryDate,
        LocalDate reviewDate,
        Boolean reviewDateProvisional,
        SecurityLevel securityLevel,
        EntryStatus status,
        String skNumber,
        LocalDate skDate,
        String decidingOfficial,
        String publicBody,
        String place,
        Map<String, String> original) {

    public DkipEntry {
        grounds = grounds == null ? List.of() : List.copyOf(grounds);
        otherReferences = otherReferences == null ? List.of() : List.copyOf(otherReferences);
        original = original == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(original));
        status = status == null ? EntryStatus.USULAN : status;
        // never null: absent (a register file from before the flag) means final
        reviewDateProvisional = Boolean.TRUE.equals(reviewDateProvisional);
    }

    /**
     * What makes two rows "the same information listed twice" in a register: the unit code and the information, each
     * trimmed, lower-case, whitespace collapsed. Used by the validator's duplicate finding and by the matrix import.
     */
    public static String duplicateKey(String unitCode, String information) {
        return normalise(unitCode) + "\u0000" + normalise(information);
    }

    private static String normalise(String value) {
        return value == null ? "" : value.trim().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .id(id).unitCode(unitCode).unitName(unitName).ppidPembantu(ppidPembantu).information(information)
                .grounds(grounds).otherReferences(otherReferences).legalBasisText(legalBasisText)
                .consequenceIfOpened(consequenceIfOpened).benefitIfClosed(benefitIfClosed).publicInterest(publicInterest)
                .period(period).periodStart(periodStart).expiryDate(expiryDate).reviewDate(reviewDate)
                .reviewDateProvisional(reviewDateProvisional)
                .securityLevel(securityLevel).status(status).skNumber(skNumber).skDate(skDate)
                .decidingOfficial(decidingOfficial).publicBody(publicBody).place(place).original(original);
    }

    /** Builder for {@link DkipEntry}; every field optional. */
    public static final class Builder {
        private String id;
        private String unitCode;
        private String unitName;
        private String ppidPembantu;
        private String information;
        private List<String> grounds;
        private List<LegalReference> otherReferences;
        private String legalBasisText;
        private String consequenceIfOpened;
        private String benefitIfClosed;
        private String publicInterest;
        private ExemptionPeriod period;
        private LocalDate periodStart;
        private LocalDate expiryDate;
        private LocalDate reviewDate;
        private boolean reviewDateProvisional;
        private SecurityLevel securityLevel;
        private EntryStatus status;
        private String skNumber;
        private LocalDate skDate;
        private String decidingOfficial;
        private String publicBody;
        private String place;
        private Map<String, String> original;

        public Builder id(String v) { id = v; return this; }
        public Builder unitCode(String v) { unitCode = v; return this; }
        public Builder unitName(String v) { unitName = v; return this; }
        public Builder ppidPembantu(String v) { ppidPembantu = v; return this; }
        public Builder information(String v) { information = v; return this; }
        public Builder grounds(List<String> v) { grounds = v; return this; }
        public Builder otherReferences(List<LegalReference> v) { otherReferences = v; return this; }
        public Builder legalBasisText(String v) { legalBasisText = v; return this; }
        public Builder consequenceIfOpened(String v) { consequenceIfOpened = v; return this; }
        public Builder benefitIfClosed(String v) { benefitIfClosed = v; return this; }
        public Builder publicInterest(String v) { publicInterest = v; return this; }
        public Builder period(ExemptionPeriod v) { period = v; return this; }
        public Builder periodStart(LocalDate v) { periodStart = v; return this; }
        public Builder expiryDate(LocalDate v) { expiryDate = v; return this; }
        public Builder reviewDate(LocalDate v) { reviewDate = v; return this; }
        public Builder reviewDateProvisional(boolean v) { reviewDateProvisional = v; return this; }
        public Builder securityLevel(SecurityLevel v) { securityLevel = v; return this; }
        public Builder status(EntryStatus v) { status = v; return this; }
        public Builder skNumber(String v) { skNumber = v; return this; }
        public Builder skDate(LocalDate v) { skDate = v; return this; }
        public Builder decidingOfficial(String v) { decidingOfficial = v; return this; }
        public Builder publicBody(String v) { publicBody = v; return this; }
        public Builder place(String v) { place = v; return this; }
        public Builder original(Map<String, String> v) { original = v; return this; }

        public DkipEntry build() {
            return new DkipEntry(id, unitCode, unitName, ppidPembantu, information, grounds, otherReferences,
                    legalBasisText, consequenceIfOpened, benefitIfClosed, publicInterest, period, periodStart,
                    expiryDate, reviewDate, reviewDateProvisional, securityLevel, status, skNumber, skDate, decidingOfficial, publicBody,
                    place, original);
        }
    }
}
