package id.dkip.core.documents.export;

import id.dkip.core.calendar.ProvisionalDates;
import id.dkip.core.documents.text.EntryText;
import id.dkip.core.register.DkipEntry;
import java.util.List;
import java.util.function.Function;

/**
 * A column of a tabular register export (CSV, XLSX, public JSON): its JSON key, its header, its value (a
 * {@code String}, a {@code java.time.LocalDate} or null).
 */
public record RegisterColumn(String key, String header, double widthChars, Function<DkipEntry, Object> value) {

    /** Every field of the entry: the internal export, for the PPID and the units. */
    public static final List<RegisterColumn> FULL = List.of(
            new RegisterColumn("id", "ID", 14, DkipEntry::id),
            new RegisterColumn("unitCode", "Kode Unit", 10, DkipEntry::unitCode),
            new RegisterColumn("unitName", "Unit Kerja", 24, DkipEntry::unitName),
            new RegisterColumn("ppidPembantu", "PPID Pembantu", 20, DkipEntry::ppidPembantu),
            new RegisterColumn("information", "Informasi yang Dikecualikan", 40, DkipEntry::information),
            new RegisterColumn("grounds", "Dasar UU KIP Pasal 17", 20, e -> String.join("; ", e.grounds())),
            new RegisterColumn("otherReferences", "Peraturan Lain", 30, EntryText::otherReferences),
            new RegisterColumn("legalBasisText", "Dasar Hukum (teks asli)", 30, DkipEntry::legalBasisText),
            new RegisterColumn("consequenceIfOpened", "Akibat bila Dibuka", 35, DkipEntry::consequenceIfOpened),
            new RegisterColumn("benefitIfClosed", "Manfaat bila Ditutup", 35, DkipEntry::benefitIfClosed),
            new RegisterColumn("publicInterest", "Pertimbangan Kepentingan Publik", 35, DkipEntry::publicInterest),
            new RegisterColumn("periodKind", "Jenis Jangka Waktu", 14,
                    e -> e.period() == null ? null : e.period().kind().name()),
            new RegisterColumn("period", "Jangka Waktu", 24, EntryText::period),
            new RegisterColumn("periodStart", "Mulai Berlaku", 12, DkipEntry::periodStart),
            new RegisterColumn("expiryDate", "Tanggal Kedaluwarsa", 12, DkipEntry::expiryDate),
            new RegisterColumn("reviewDate", "Tanggal Tinjau", 12, RegisterColumn::reviewDate),
            new RegisterColumn("securityLevel", "Tingkat Keamanan", 14,
                    e -> e.securityLevel() == null ? null : e.securityLevel().modelValue()),
            new RegisterColumn("status", "Status", 12, e -> e.status().modelValue()),
            new RegisterColumn("skNumber", "Nomor SK", 24, DkipEntry::skNumber),
            new RegisterColumn("skDate", "Tanggal SK", 12, DkipEntry::skDate),
            new RegisterColumn("decidingOfficial", "Pejabat Penetap", 24, DkipEntry::decidingOfficial),
            new RegisterColumn("publicBody", "Badan Publik", 24, DkipEntry::publicBody),
            new RegisterColumn("place", "Tempat Penetapan", 14, DkipEntry::place));

    /** The review date; a provisional one as text followed by "(sementara)" ({@link ProvisionalDates#print}). */
    static Object reviewDate(DkipEntry e) {
        if (e.reviewDate() == null || !e.reviewDateProvisional()) {
            return e.reviewDate();
        }
        return ProvisionalDates.print(e.reviewDate().toString(), true);
    }

    /** The public view's columns: see {@link PublicView}. */
    public static final List<RegisterColumn> PUBLIC = List.of(
            new RegisterColumn("unitName", "Unit Kerja", 24, DkipEntry::unitName),
            new RegisterColumn("information", "Informasi yang Dikecualikan", 45, PublicView::description),
            new RegisterColumn("legalBasis", "Dasar Hukum Pengecualian", 35, PublicView::legalBasis),
            new RegisterColumn("period", "Jangka Waktu Pengecualian", 24, EntryText::period),
            new RegisterColumn("skNumber", "Nomor SK Penetapan", 24, DkipEntry::skNumber),
            new RegisterColumn("skDate", "Tanggal SK", 12, DkipEntry::skDate));
}
