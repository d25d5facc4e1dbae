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

    /** Longest legal-basis or period cell parsed (characters); the rest of a longer cell is not read. */
    int DEFAULT_MAX_CELL_CHARS = 20_000;

    /** The "Dasar Hukum" cell read into Pasal 17 grounds, other statutes and what could not be read. */
    ParsedLegalBasis legalBasis(String cell);

    ExemptionPeriod period(String cell);

    /**
     * Longest cell handed to the parsers: the importer cuts a longer cell to this length before parsing and reports
     * it (row problem {@code CELL_TOO_LONG}); the cell is kept whole in the entry's original words.
     */
    default int maxCellChars() {
        return DEFAULT_MAX_CELL_CHARS;
    }

    /** The standard implementation: the legal package's parsers with the bundled Pasal 17 catalogue. */
    static LegalCellParser standard() {
        return of(new ReferenceParser(), new PeriodParser());
    }

    /** Delegates to the given legal parsers (the Spring beans dkip.legal.referenceParser / periodParser). */
    static LegalCellParser of(ReferenceParser references, PeriodParser periods) {
        return of(references, periods, DEFAULT_MAX_CELL_CHARS);
    }

    /** As {@link #of(ReferenceParser, PeriodParser)}, with the cell cap (configuration {@code dkip.extraction.maxLegalCellChars}). */
    static LegalCellParser of(ReferenceParser references, PeriodParser periods, int maxCellChars) {
        Objects.requireNonNull(references, "references");
        Objects.requireNonNull(periods, "periods");
        if (maxCellChars < 1) {
            throw new IllegalArgumentException("maxCellChars must be positive, was " + maxCellChars);
        }
        return new LegalCellParser() {
            @Override
            public int maxCellChars() {
                return maxCellChars;
            }

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
