package id.dkip.core.documents.export;

import id.dkip.core.documents.text.EntryText;
import id.dkip.core.legal.SecurityLevel;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.EntryStatus;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The DKIP as the public may see it on the agency's website. The rule, in full:
 * <ol>
 *   <li><b>Which rows</b>: only entries <em>established</em> by decree ({@link EntryStatus#DITETAPKAN}). Proposals
 *       and drafts are the team's deliberation; revoked and opened entries are no longer exempted (opened
 *       information goes into the Daftar Informasi Publik instead).</li>
 *   <li><b>Which columns</b> ({@link RegisterColumn#PUBLIC}): the unit, the information described in general
 *       terms, the legal basis (UU KIP Pasal 17 grounds and the other statutes as parsed citations), the period
 *       with its end date, and the decree's number and date. Nothing else.</li>
 *   <li><b>Never shown</b>: the consequence analysis, the benefit of closing and the public-interest weighing (they
 *       describe what the information holds and why its disclosure harms), the source cells of imported
 *       matrices, the free text of the legal-basis cell when it could be parsed, internal ids and groups, the
 *       security level, the review date, the deciding official.</li>
 *   <li><b>Descriptions that are themselves exempted</b>: for an entry classified {@link SecurityLevel#SANGAT_RAHASIA}
 *       the description itself may disclose the content, so it is replaced by "Informasi yang dikecualikan
 *       berdasarkan" and the grounds in general terms.</li>
 * </ol>
 */
public final class PublicView {
    static final String WITHHELD_PREFIX = "Informasi yang dikecualikan berdasarkan ";

    private PublicView() {
    }

    /** Whether the entry appears in the public view at all. */
    public static boolean isPublished(DkipEntry e) {
        return e != null && e.status() == EntryStatus.DITETAPKAN;
    }

    /** The description as published: as written, unless the level is Sangat Rahasia. */
    public static String description(DkipEntry e) {
        if (e.securityLevel() == SecurityLevel.SANGAT_RAHASIA) {
            String grounds = EntryText.grounds(e);
            return WITHHELD_PREFIX + (grounds.isEmpty() ? "UU 14/2008 Pasal 17" : grounds);
        }
        return EntryText.nz(e.information());
    }

    /** The legal basis as published: the parsed citations; the original cell only when nothing was parsed. */
    public static String legalBasis(DkipEntry e) {
        return EntryText.legalBasis(e);
    }

    /** The published entries of {@code entries}, lazily (nothing is buffered). */
    public static Iterator<DkipEntry> filter(Iterator<DkipEntry> entries) {
        return new Iterator<>() {
            private DkipEntry next = advance();

            private DkipEntry advance() {
                while (entries.hasNext()) {
                    DkipEntry e = entries.next();
                    if (isPublished(e)) {
                        return e;
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public DkipEntry next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                DkipEntry current = next;
                next = advance();
                return current;
            }
        };
    }
}
