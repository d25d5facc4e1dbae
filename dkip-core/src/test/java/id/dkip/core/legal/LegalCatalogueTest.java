package id.dkip.core.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegalCatalogueTest {

    private final LegalCatalogue catalogue = LegalCatalogue.standard();
    private final ReferenceParser parser = new ReferenceParser(catalogue);

    /** The letters and their number of points, as REGULATIONS.md (UU 14/2008 Pasal 17) states them. */
    @Test
    void lettersAndPointsExactlyAsTheStatute() {
        Map<String, Integer> points = catalogue.all().stream().filter(Pasal17Ground::isLetter)
                .collect(Collectors.toMap(Pasal17Ground::code, g -> catalogue.points(g.code()).size(),
                        (a, b) -> a, java.util.LinkedHashMap::new));
        assertThat(points).containsExactly(
                Map.entry("17a", 5), Map.entry("17b", 0), Map.entry("17c", 7), Map.entry("17d", 0), Map.entry("17e", 7),
                Map.entry("17f", 4), Map.entry("17g", 0), Map.entry("17h", 5), Map.entry("17i", 0), Map.entry("17j", 0));
        assertThat(catalogue.codes()).hasSize(10 + 5 + 7 + 7 + 4 + 5);
    }

    /** Every code of the catalogue: described in both languages, found by the parser from its citation, rules right. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "17a,false,false,false", "17a1,false,false,false", "17a2,false,false,false", "17a3,false,false,false",
            "17a4,false,false,false", "17a5,false,false,false",
            "17b,false,false,false",
            "17c,false,false,false", "17c1,false,false,false", "17c2,false,false,false", "17c3,false,false,false",
            "17c4,false,false,false", "17c5,false,false,false", "17c6,false,false,false", "17c7,false,false,false",
            "17d,false,false,false",
            "17e,false,false,false", "17e1,false,false,false", "17e2,false,false,false", "17e3,false,false,false",
            "17e4,false,false,false", "17e5,false,false,false", "17e6,false,false,false", "17e7,false,false,false",
            "17f,false,false,false", "17f1,false,false,false", "17f2,false,false,false", "17f3,false,false,false",
            "17f4,false,false,false",
            "17g,true,true,false",
            "17h,true,true,false", "17h1,true,true,false", "17h2,true,true,false", "17h3,true,true,false",
            "17h4,true,true,false", "17h5,true,true,false",
            "17i,true,false,false",
            "17j,true,false,true"
    })
    void everyCode(String code, boolean allowsPermanent, boolean pasal18, boolean needsStatute) {
        Pasal17Ground g = catalogue.ground(code).orElseThrow();
        assertThat(g.code()).isEqualTo(code);
        assertThat(g.descriptionId()).isNotBlank();
        assertThat(g.descriptionEn()).isNotBlank().isNotEqualTo(g.descriptionId());
        assertThat(g.description(Locale.ENGLISH)).isEqualTo(g.descriptionEn());
        assertThat(g.description(Locale.forLanguageTag("id"))).isEqualTo(g.descriptionId());
        assertThat(catalogue.allowsPermanent(code)).as("Pasal 20").isEqualTo(allowsPermanent);
        assertThat(catalogue.endsOnConsentOrPublicOffice(code)).as("Pasal 18(2)").isEqualTo(pasal18);
        assertThat(catalogue.requiresStatute(code)).isEqualTo(needsStatute);
        // the decree's own wording of the ground reads back to the code
        assertThat(parser.parse("UU 14/2008 " + g.citation()).grounds()).containsExactly(code);
        assertThat(parser.parse(code).grounds()).containsExactly(code);
        boolean hasPoints = "acefh".contains(g.letter());
        assertThat(catalogue.lacksPoint(code)).isEqualTo(g.isLetter() && hasPoints);
    }

    @Test
    void unknownCodes() {
        assertThat(catalogue.isKnown("17k")).isFalse();
        assertThat(catalogue.isKnown("17h6")).isFalse();
        assertThat(catalogue.isKnown("17b1")).isFalse();
        assertThat(catalogue.isKnown("18")).isFalse();
        assertThat(catalogue.isKnown(null)).isFalse();
        assertThat(catalogue.isKnown(" 17H2 ")).isTrue();
        assertThat(LegalCatalogue.normalise("17 h.2")).isEqualTo("17h2");
    }

    @Test
    void pasal18EventSuggestion() {
        ExemptionPeriod p = catalogue.pasal18Event();
        assertThat(p.kind()).isEqualTo(ExemptionPeriod.Kind.UNTIL_EVENT);
        assertThat(p.event()).contains("persetujuan tertulis").contains("jabatan publik").contains("Pasal 18 ayat (2)");
    }
}
