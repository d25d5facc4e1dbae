package id.dkip.core.workflow;

/**
 * What the meeting screen stored on one register row at step 3, as stored (Alfresco: dkip:keputusanRapat,
 * dkip:hasilUjiKonsekuensi, dkip:catatanRapat on the dkip:itemDkip node); null where nothing is stored.
 *
 * @param entryId            the row
 * @param verdict            terima, revisi or tolak
 * @param consequenceTest    "lulus" or "tidak"
 * @param note               the meeting's note on the row
 */
public record RowDecision(String entryId, String verdict, String consequenceTest, String note) {
}
