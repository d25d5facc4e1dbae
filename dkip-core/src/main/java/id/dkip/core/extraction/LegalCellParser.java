package id.dkip.core.extraction;

import id.dkip.core.legal.ExemptionPeriod;
import id.dkip.core.legal.ParsedLegalBasis;
import id.dkip.core.legal.PeriodParser;
import id.dkip.core.legal.ReferenceParser;
import java.util.Objects;

/**
 * What the importer needs from the legal parsers: the "Dasar Hukum" cell read into Pasal 17 grounds and other
 * statutes, and the period cell into an {@link ExemptionPeriod}. The standard implementation delegates to the
 * legal package's {@code ReferenceParser} and {@code PeriodParser}.
 */
public interface LegalCellParser {

    /** The "Dasar Hukum" cell read into Pasal 17 grounds, other statutes and what could not be read. */
    ParsedLegalBasis legalBasis(String cell);

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
            public ParsedLegalBasis legalBasis(String cell) {
                return references.parse(cell);
            }

            @Override
            public ExemptionPeriod period(String cell) {
                return periods.parse(cell);
            }
        };
    }
}
