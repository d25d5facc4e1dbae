package id.dkip.core.documents;

import id.dkip.core.register.DkipEntry;
import java.time.LocalDate;
import java.util.List;

/**
 * Generates the SOP's official documents from register data, for one agency (its {@link AgencyProfile}: letterhead,
 * officials, texts, paper). Every method returns the document in the requested format, DOCX or PDF, rendered from
 * the same document model. Implementations are thread-safe.
 * <p>
 * The Berita Acara, the SK and the consequence-test sheet come as a draft ({@link DocumentStage#RANCANGAN}, headed
 * "RANCANGAN") or final. A final one is refused with {@link FinalDocumentRefusedException} while the entries it
 * establishes have ERROR findings ({@link FinalDocumentCheck}). A sample agency's documents are headed "CONTOH".
 *
 * <p>The standard implementation is {@link IndonesianDocumentGenerator}.
 */
public interface DocumentGenerator {

    /** The draft DKIP (SOP step 2): a table of every entry, "keadaan per" {@code date}. */
    GeneratedDocument draftDkip(List<DkipEntry> entries, LocalDate date, DocumentFormat format);

    /** The Berita Acara of the Tim PPID Pembantu meeting: opening in words, attendance and quorum, each entry with
     * its decision, signature table of those present.
     *
     * @throws FinalDocumentRefusedException when final and an entry the meeting did not reject has an ERROR finding */
    GeneratedDocument beritaAcara(List<DkipEntry> entries, MeetingRecord meeting, DocumentStage stage, DocumentFormat format);

    /** The decree (SK) establishing the DKIP, with the DKIP table as its LAMPIRAN. Rejected entries of a meeting
     * must already have been left out by the caller.
     *
     * @throws FinalDocumentRefusedException when final and an entry has an ERROR finding */
    GeneratedDocument suratKeputusan(List<DkipEntry> entries, DecreeInfo decree, DocumentStage stage, DocumentFormat format);

    /** The Lembar Pengujian Konsekuensi carrying every Surat Penetapan Klasifikasi field of PerKI 1/2017 Pasal
     * 4(4), one section per entry (a rejected entry is shown as open, with no period), decided by the PPID with the
     * approval of the head of the agency, signed by those present at {@code meeting}.
     *
     * @throws FinalDocumentRefusedException when final and an entry the meeting did not reject has an ERROR finding */
    GeneratedDocument consequenceSheet(List<DkipEntry> entries, MeetingRecord meeting, DocumentStage stage, DocumentFormat format);

    /** Dispatch by kind (used by the CLI): the register must hold what the kind needs (a meeting for the Berita
     * Acara and the consequence sheet, a decree for the SK). The draft DKIP is a draft at every stage. */
    default GeneratedDocument generate(DocumentKind kind, DocumentStage stage, RegisterDocument register, DocumentFormat format) {
        return switch (kind) {
            case DKIP -> draftDkip(register.entries(), register.asOf(), format);
            case BERITA_ACARA -> beritaAcara(register.entries(), register.requireMeeting(), stage, format);
            case SURAT_KEPUTUSAN -> suratKeputusan(register.decreeEntries(), register.requireDecree(), stage, format);
            case UJI_KONSEKUENSI -> consequenceSheet(register.entries(), register.requireMeeting(), stage, format);
        };
    }
}
