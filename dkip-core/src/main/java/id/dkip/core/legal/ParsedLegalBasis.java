package id.dkip.core.legal;

import java.util.List;

/**
 * What {@link ReferenceParser} read from a "Dasar Hukum" cell.
 *
 * @param grounds         UU KIP Pasal 17 codes, known to the catalogue, in the order written, without duplicates ("17h2")
 * @param otherReferences every other statute cited, structured, each with the words it was written in; UU KIP itself
 *                        appears here when cited without a Pasal 17 letter ("UU 14/2008", "UU 14/2008 Pasal 2 ayat (4)")
 * @param unreadable      the fragments that could not be read (also Pasal 17 letters or points that do not exist,
 *                        such as "Pasal 17 huruf k"): reported, never dropped
 * @param notes           words beside the citations that are not citations (explanations, quoted statute text, a
 *                        circular's title): not reported as findings, but reprinted with the citations wherever the
 *                        cell is shown, so nothing written in it is lost from a decree's LAMPIRAN
 * @param original        the cell as written
 */
public record ParsedLegalBasis(List<String> grounds, List<LegalReference> otherReferences, List<String> unreadable,
                               List<String> notes, String original) {

    public ParsedLegalBasis {
        grounds = grounds == null ? List.of() : List.copyOf(grounds);
        otherReferences = otherReferences == null ? List.of() : List.copyOf(otherReferences);
        unreadable = unreadable == null ? List.of() : List.copyOf(unreadable);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** Without notes (a parser that keeps none). */
    public ParsedLegalBasis(List<String> grounds, List<LegalReference> otherReferences, List<String> unreadable,
                            String original) {
        this(grounds, otherReferences, unreadable, List.of(), original);
    }

    /** True when UU KIP is cited, with or without a Pasal 17 ground. */
    public boolean citesUuKip() {
        return !grounds.isEmpty() || otherReferences.stream().anyMatch(LegalReference::isUuKip);
    }

    /** True when nothing at all was read or left over. */
    public boolean isEmpty() {
        return grounds.isEmpty() && otherReferences.isEmpty() && unreadable.isEmpty();
    }
}
