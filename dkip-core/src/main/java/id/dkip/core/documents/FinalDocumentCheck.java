package id.dkip.core.documents;

import id.dkip.core.legal.EntryValidator;
import id.dkip.core.legal.Finding;
import id.dkip.core.register.DkipEntry;
import java.util.List;
import java.util.Objects;

/**
 * The rule that a final legal instrument (SK, Berita Acara, consequence-test sheet) is only produced from entries
 * without ERROR findings. The entries checked are those the document establishes as exempted: entries the meeting
 * rejected are open information and are not checked. Used by {@link IndonesianDocumentGenerator} (so every host gets
 * it) and by {@code dkip generate} before it writes anything.
 */
public final class FinalDocumentCheck {

    private final EntryValidator validator;

    public FinalDocumentCheck(EntryValidator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    public static FinalDocumentCheck standard() {
        return new FinalDocumentCheck(EntryValidator.standard());
    }

    /** The ERROR findings on the exempted entries (every entry, less those {@code meeting} rejected; null: none). */
    public List<Finding> errors(List<DkipEntry> entries, MeetingRecord meeting) {
        return validator.validateAll(exempted(entries, meeting)).stream()
                .filter(f -> f.severity() == Finding.Severity.ERROR).toList();
    }

    /** @throws FinalDocumentRefusedException when {@code stage} is final and {@link #errors} is not empty */
    public void require(DocumentKind kind, DocumentStage stage, List<DkipEntry> entries, MeetingRecord meeting) {
        if (stage != DocumentStage.FINAL) {
            return;
        }
        List<Finding> errors = errors(entries, meeting);
        if (!errors.isEmpty()) {
            throw new FinalDocumentRefusedException(kind, errors);
        }
    }

    /** The entries a meeting did not reject (all of them without a meeting). */
    static List<DkipEntry> exempted(List<DkipEntry> entries, MeetingRecord meeting) {
        if (meeting == null) {
            return entries;
        }
        return entries.stream().filter(e -> !meeting.rejected(e)).toList();
    }
}
