package id.dkip.core.extraction;

import id.dkip.core.legal.ExemptionPeriod;
import id.dkip.core.legal.LegalReference;
import id.dkip.core.legal.ParsedLegalBasis;
import id.dkip.core.legal.PeriodParser;
import id.dkip.core.legal.ReferenceParser;
import java.util.List;
import java.util.Objects;

/**
 * What the importer needs from the legal parsers: the "Dasar Hukum" cell read into Pasal 17 grounds and other
 * statutes, and the period cell into an {@link ExemptionPeriod}. The standard implementation delegates to the
 * legal package's {@code ReferenceParser} and {@code PeriodParser}.
 */
public interface LegalCellParser {

    /**
     * @param grounds    UU KIP Pasal 17 codes ("17h2")
     * @param references other statutes cited
     * @param unreadable parts of the cell that could not be read
     */
    record LegalBasis(List<String> grounds, List<LegalReference> references, List<String> unreadable) {
        public LegalBasis {
            grounds = grounds == null ? List.of() : List.copyOf(grounds);
            references = references == null ? List.of() : List.copyOf(references);
            unreadable = unreadable == null ? List.of() : List.copyOf(unreadable);
        }
    }

    LegalBasis legalBasis(String cell);

    ExemptionPeriod period(String cell);

    /** The standard implementation: the legal package's parsers with the bundled Pasal 17 catalogue. */
    static LegalCellParser standard() {
        return of(new ReferenceParser(), new PeriodParser());
    }

    /** Delegates to the given legal parsers (the Spring beans dkip.legal.referenceParser / periodParser). */
    static LegalCellParser of(ReferenceParser references, PeriodParser periods) {
        Objects.requireNonNull(references, "references");
        Objects.requireNonNull(periods, "periods");
        return new LegalCellParser() {
            @Override
            public LegalBasis legalBasis(String cell) {
                ParsedLegalBasis parsed = references.parse(cell);
                return new LegalBasis(parsed.grounds(), parsed.otherReferences(), parsed.unreadable());
            }

            @Override
            public ExemptionPeriod period(String cell) {
                return periods.parse(cell);
            }
        };
    }
}
