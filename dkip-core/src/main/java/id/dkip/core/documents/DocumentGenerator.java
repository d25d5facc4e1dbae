package id.dkip.core.documents;

import id.dkip.core.register.DkipEntry;
import java.time.LocalDate;
import java.util.List;

/**
 * Generates the SOP's official documents from register data, for one agency (its {@link AgencyProfile}: letterhead,
 * officials, texts, paper). Every method returns the document in the requested format, DOCX or PDF, rendered from
 * the same document model. Implementations are thread-safe.
 *
 * <p>The standard implementation is {@link IndonesianDocumentGenerator}.
 */
public interface DocumentGenerator {

    /** The draft DKIP (SOP step 2): a table of every entry, "keadaan per" {@code date}. */
    GeneratedDocument draftDkip(List<DkipEntry> entries, LocalDate date, DocumentFormat format);

    /** The Berita Acara of the Tim PPID Pembantu meeting: opening in words, attendance and quorum, each entry with
     * its decision, signature table of those present. */
    GeneratedDocument beritaAcara(List<DkipEntry> entries, MeetingRecord meeting, DocumentFormat format);

    /** The decree (SK) establishing the DKIP, with the DKIP table as its LAMPIRAN. Rejected entries of a meeting
     * must already have been left out by the caller. */
    GeneratedDocument suratKeputusan(List<DkipEntry> entries, DecreeInfo decree, DocumentFormat format);

    /** The Lembar Pengujian Konsekuensi carrying every Surat Penetapan Klasifikasi field of PerKI 1/2017 Pasal
     * 4(4), one section per entry, signed by those present at {@code meeting}. */
    GeneratedDocument consequenceSheet(List<DkipEntry> entries, MeetingRecord meeting, DocumentFormat format);

    /** Dispatch by kind (used by the CLI): the register must hold what the kind needs (a meeting for the Berita
     * Acara and the consequence sheet, a decree for the SK). */
    default GeneratedDocument generate(DocumentKind kind, RegisterDocument register, DocumentFormat format) {
        return switch (kind) {
            case DKIP -> draftDkip(register.entries(), register.asOf(), format);
            case BERITA_ACARA -> beritaAcara(register.entries(), register.requireMeeting(), format);
            case SURAT_KEPUTUSAN -> suratKeputusan(register.decreeEntries(), register.requireDecree(), format);
            case UJI_KONSEKUENSI -> consequenceSheet(register.entries(), register.requireMeeting(), format);
        };
    }
}
