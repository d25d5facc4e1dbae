package id.dkip.core.documents;

import id.dkip.core.legal.Finding;
import java.util.List;

/**
 * A final SK, Berita Acara or consequence-test sheet was asked for while the entries it establishes have ERROR
 * findings: a legal instrument is not produced from a register that breaks the law. {@link #errors()} lists them
 * (messages via {@link Finding#message(java.util.Locale)}); a draft ({@link DocumentStage#RANCANGAN}) may still be
 * produced.
 */
public class FinalDocumentRefusedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient DocumentKind kind;
    private final transient List<Finding> errors;

    public FinalDocumentRefusedException(DocumentKind kind, List<Finding> errors) {
        // Indonesian first, English second (as the module's other refusals): the workflow shows this to the Atasan
        // PPID at step 4, where a real Share 26.1 run showed it in English only
        super("Dokumen final " + kind.cliName() + " ditolak: DKIP masih memiliki " + errors.size()
                + " temuan ERROR, antara lain " + errors.get(0).code() + " (" + errors.get(0).messageId() + ") pada entri "
                + errors.get(0).entryId() + "; perbaiki dahulu, atau buat rancangan (RANCANGAN). / Final " + kind.cliName()
                + " refused: the register has " + errors.size() + " ERROR finding(s), e.g. " + errors.get(0).code()
                + " on entry " + errors.get(0).entryId() + "; correct them, or produce a draft (RANCANGAN)");
        this.kind = kind;
        this.errors = List.copyOf(errors);
    }

    public DocumentKind kind() {
        return kind;
    }

    /** The ERROR findings, in the validator's order. */
    public List<Finding> errors() {
        return errors;
    }
}
