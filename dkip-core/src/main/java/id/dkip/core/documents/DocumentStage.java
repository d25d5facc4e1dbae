package id.dkip.core.documents;

/**
 * Whether a Berita Acara, SK or consequence-test sheet is a draft for discussion or the final legal instrument. A
 * draft is headed "RANCANGAN" on every section; a final one is refused while the register has ERROR findings
 * ({@link FinalDocumentCheck}).
 */
public enum DocumentStage {
    /** Draft (SOP step 3): may be produced from a register with findings; headed "RANCANGAN". */
    RANCANGAN,
    /** Final (SOP step 4, signed by the Atasan PPID): only from a register without ERROR findings. */
    FINAL
}
