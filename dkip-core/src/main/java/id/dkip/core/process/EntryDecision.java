package id.dkip.core.process;

import java.util.Objects;

/**
 * The meeting's decision on one entry, with the result of the consequence test (uji konsekuensi, UU KIP
 * Pasal 2(4)): exempting needs a passed test (opening would cause harm greater than the public interest).
 *
 * @param entryId           the entry decided on
 * @param verdict           terima, revisi or tolak
 * @param consequenceTestPassed whether the consequence test showed harm that justifies the exemption
 * @param note              the meeting's words (what to revise, why rejected); required for revisi and tolak
 */
public record EntryDecision(String entryId, Verdict verdict, boolean consequenceTestPassed, String note) {
    public EntryDecision {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(verdict, "verdict");
        note = note == null ? "" : note.trim();
    }
}
