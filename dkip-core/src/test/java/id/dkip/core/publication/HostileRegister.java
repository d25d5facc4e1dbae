package id.dkip.core.publication;

import id.dkip.core.legal.ExemptionPeriod;
import id.dkip.core.legal.LegalReference;
import id.dkip.core.legal.SecurityLevel;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.EntryStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A register built to leak: script-injection text in every text field of established entries, non-public fields
 * carrying markers, and drafts, proposals, revoked and opened entries carrying markers of their own.
 */
public final class HostileRegister {
    /** Script, event handler, javascript: link, HTML and quote breakers, in one string. */
    public static final String PAYLOAD = "<script>alert('x')</script><img src=x onerror=alert(1)>"
            + "<a href=\"javascript:alert(2)\">klik</a>\"'><b>tebal</b>&amp; javascript:alert(3) </td></table>";
    /** Text that may appear on the page only where the agency made the column public, and only escaped. */
    public static final String SECRET = "RAHASIA-TIDAK-BOLEH-TAMPIL";
    public static final String NOT_ESTABLISHED = "BELUM-DITETAPKAN";
    public static final String NODE_ID = "workspace://SpacesStore/0f0e0d0c-node";

    private HostileRegister() {
    }

    public static List<DkipEntry> entries() {
        List<DkipEntry> list = new ArrayList<>();
        list.add(established("e1", SecurityLevel.RAHASIA).build());
        list.add(established("e2", SecurityLevel.TERBATAS).grounds(List.of("17h2", PAYLOAD)).build());
        list.add(established("e3", SecurityLevel.SANGAT_RAHASIA).information(SECRET + " sangat rahasia").build());
        for (EntryStatus s : List.of(EntryStatus.USULAN, EntryStatus.RANCANGAN, EntryStatus.DICABUT, EntryStatus.DIBUKA)) {
            list.add(established("x-" + s, SecurityLevel.RAHASIA).status(s)
                    .information(NOT_ESTABLISHED + " " + s).unitName(NOT_ESTABLISHED).skNumber(NOT_ESTABLISHED).build());
        }
        return list;
    }

    private static DkipEntry.Builder established(String id, SecurityLevel level) {
        return DkipEntry.builder()
                .id(NODE_ID + "-" + id)
                .unitCode(PAYLOAD)
                .unitName(PAYLOAD)
                .ppidPembantu("GROUP_" + SECRET)
                .information(PAYLOAD + " informasi " + id)
                .grounds(List.of("17h2"))
                .otherReferences(List.of(new LegalReference(PAYLOAD, "29", 2004, PAYLOAD, PAYLOAD, PAYLOAD, PAYLOAD)))
                .legalBasisText(SECRET + " dasar hukum asli")
                .consequenceIfOpened(SECRET + " akibat " + PAYLOAD)
                .benefitIfClosed(SECRET + " manfaat")
                .publicInterest(SECRET + " kepentingan publik")
                .period(ExemptionPeriod.untilEvent(PAYLOAD, PAYLOAD))
                .periodStart(LocalDate.of(2026, 3, 27))
                .reviewDate(LocalDate.of(2099, 1, 2))
                .securityLevel(level)
                .status(EntryStatus.DITETAPKAN)
                .skNumber(PAYLOAD)
                .skDate(LocalDate.of(2026, 3, 27))
                .decidingOfficial(SECRET + " pejabat")
                .publicBody(SECRET + " badan publik")
                .place(SECRET + " tempat")
                .original(Map.of("Kolom asli", SECRET + " sel asli " + PAYLOAD));
    }
}
