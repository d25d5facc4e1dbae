package id.dkip.core.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReferenceParserTest {

    private final ReferenceParser parser = new ReferenceParser();

    static Stream<Arguments> pasal17Forms() {
        return Stream.of(
                Arguments.of("UU No. 14 Tahun 2008 Pasal 17 huruf h angka 2", List.of("17h2")),
                Arguments.of("Ps. 17 (h) (2)", List.of("17h2")),
                Arguments.of("17 h.2", List.of("17h2")),
                Arguments.of("17h2", List.of("17h2")),
                Arguments.of("Pasal 17 huruf h", List.of("17h")),
                Arguments.of("Pasal 17 huruf h angka 1 dan 2", List.of("17h1", "17h2")),
                Arguments.of("Pasal 17 huruf h, i", List.of("17h", "17i")),
                Arguments.of("Pasal 17 huruf h dan huruf i", List.of("17h", "17i")),
                Arguments.of("UU Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik Pasal 17 huruf a angka 2", List.of("17a2")),
                Arguments.of("Undang-Undang Republik Indonesia Nomor 14 Tahun 2008 Pasal 17 huruf j", List.of("17j")),
                Arguments.of("Pasal 17 huruf c angka 7 UU 14/2008", List.of("17c7")),
                Arguments.of("UU KIP Pasal 17 huruf i", List.of("17i")),
                Arguments.of("UU 14/2008 Ps 17 huruf e angka 6", List.of("17e6")),
                Arguments.of("Psl. 17 huruf (f) angka (3)", List.of("17f3")),
                Arguments.of("UU 14 Th. 2008 Pasal 17 h", List.of("17h")),
                Arguments.of("UU 14/2008 Pasal 17 huruf h angka 2; Pasal 17 huruf a angka 2", List.of("17h2", "17a2")),
                Arguments.of("UU 14/2008 Pasal 17 huruf h angka 2\nPasal 17 huruf i", List.of("17h2", "17i")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pasal17Forms")
    void readsPasal17Grounds(String text, List<String> expected) {
        ParsedLegalBasis p = parser.parse(text);
        assertThat(p.grounds()).containsExactlyElementsOf(expected);
        assertThat(p.unreadable()).isEmpty();
        assertThat(p.original()).isEqualTo(text);
    }

    @Test
    void uuKipWithoutArticleIsAReferenceNotAGround() {
        for (String text : List.of("UU 14/2008", "Undang-Undang Nomor 14 Tahun 2008 tentang KIP", "UU No. 14 Tahun 2008", "UU KIP")) {
            ParsedLegalBasis p = parser.parse(text);
            assertThat(p.grounds()).as(text).isEmpty();
            assertThat(p.unreadable()).as(text).isEmpty();
            assertThat(p.otherReferences()).as(text).singleElement().satisfies(r -> {
                assertThat(r.isUuKip()).isTrue();
                assertThat(r.article()).isNull();
                assertThat(r.original()).isEqualTo(text);
            });
            assertThat(p.citesUuKip()).isTrue();
        }
    }

    @Test
    void sectorStatuteWithArticleLetter() {
        ParsedLegalBasis p = parser.parse("UU 44/2009 Pasal 32 huruf i");
        assertThat(p.grounds()).isEmpty();
        assertThat(p.otherReferences()).containsExactly(
                new LegalReference("UU", "44", 2009, "32", "i", null, "UU 44/2009 Pasal 32 huruf i"));
        assertThat(p.otherReferences().get(0).display()).isEqualTo("UU 44/2009 Pasal 32 huruf i");
    }

    @Test
    void articleBeforeStatute() {
        ParsedLegalBasis p = parser.parse("Pasal 32 huruf i UU No. 44 Tahun 2009");
        assertThat(p.otherReferences()).extracting(LegalReference::display).containsExactly("UU 44/2009 Pasal 32 huruf i");
        assertThat(p.unreadable()).isEmpty();
    }

    @Test
    void articlesAfterJoBelongToTheNextStatute() {
        ParsedLegalBasis p = parser.parse("Pasal 17 huruf (h) UU KIP jo. Pasal 57 ayat (1) UU 36/2009");
        assertThat(p.grounds()).containsExactly("17h");
        assertThat(p.otherReferences()).extracting(LegalReference::display).containsExactly("UU 36/2009 Pasal 57 ayat (1)");
        ParsedLegalBasis q = parser.parse("UU 14/2008 Pasal 17 huruf h, UU 27/2022 Pasal 4 ayat (2) huruf a");
        assertThat(q.grounds()).containsExactly("17h");
        assertThat(q.otherReferences()).extracting(LegalReference::display).containsExactly("UU 27/2022 Pasal 4 ayat (2) huruf a");
    }

    @Test
    void longFormsWithTitles() {
        ParsedLegalBasis p = parser.parse("Undang-Undang Nomor 14 Tahun 2008 tentang KIP Pasal 17 huruf h dan "
                + "Undang-Undang Nomor 36 Tahun 2009 tentang Kesehatan Pasal 57");
        assertThat(p.grounds()).containsExactly("17h");
        assertThat(p.otherReferences()).extracting(LegalReference::display).containsExactly("UU 36/2009 Pasal 57");
        ParsedLegalBasis q = parser.parse("Peraturan Daerah Kabupaten Lombok Tengah Nomor 12 Tahun 2010 Pasal 7 huruf c");
        assertThat(q.otherReferences()).extracting(LegalReference::display).containsExactly("Perda 12/2010 Pasal 7 huruf c");
        ParsedLegalBasis r = parser.parse("UU No.14 Th.2008 ps.17 hrf.h; Perki 1/2017 Pasal 4 ayat (4)");
        assertThat(r.grounds()).containsExactly("17h");
        assertThat(r.otherReferences()).extracting(LegalReference::display).containsExactly("PerKI 1/2017 Pasal 4 ayat (4)");
    }

    @Test
    void statuteNamedInATitleIsNotCited() {
        ParsedLegalBasis p = parser.parse("PP No. 61 Tahun 2010 tentang Pelaksanaan UU No. 14 Tahun 2008 Pasal 5");
        assertThat(p.otherReferences()).extracting(LegalReference::display).containsExactly("PP 61/2010 Pasal 5");
        assertThat(p.citesUuKip()).isFalse();
        ParsedLegalBasis q = parser.parse("UU 14/2008 tentang KIP dan UU 36/2009 tentang Kesehatan");
        assertThat(q.otherReferences()).extracting(LegalReference::display).containsExactly("UU 14/2008", "UU 36/2009");
    }

    @Test
    void ministerialRegulation() {
        ParsedLegalBasis p = parser.parse("Permenkes 269/2008 Pasal 10");
        assertThat(p.otherReferences()).containsExactly(
                new LegalReference("Permenkes", "269", 2008, "10", null, null, "Permenkes 269/2008 Pasal 10"));
    }

    @Test
    void oldStyleMinisterialNumber() {
        ParsedLegalBasis p = parser.parse("Peraturan Menteri Kesehatan Nomor 269/MENKES/PER/III/2008 tentang Rekam Medis");
        assertThat(p.otherReferences()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo("Permenkes");
            assertThat(r.number()).isEqualTo("269/MENKES/PER/III");
            assertThat(r.year()).isEqualTo(2008);
        });
        assertThat(p.unreadable()).isEmpty();
    }

    @Test
    void regionalRegulationWithTwoArticlesGluedLetters() {
        ParsedLegalBasis p = parser.parse("Perda 12/2010 Pasal 7c, 8b");
        assertThat(p.otherReferences()).extracting(LegalReference::display)
                .containsExactly("Perda 12/2010 Pasal 7 huruf c", "Perda 12/2010 Pasal 8 huruf b");
        assertThat(p.otherReferences()).allSatisfy(r -> assertThat(r.original()).isEqualTo("Perda 12/2010 Pasal 7c, 8b"));
        assertThat(p.unreadable()).isEmpty();
    }

    @Test
    void insertedArticleKeepsUpperCaseLetter() {
        ParsedLegalBasis p = parser.parse("UUD 1945; UU 39/1999 Pasal 28F");
        assertThat(p.otherReferences()).extracting(LegalReference::display).containsExactly("UU 39/1999 Pasal 28F");
        assertThat(p.unreadable()).containsExactly("UUD 1945");
    }

    @Test
    void ayatIsKeptInTheArticle() {
        ParsedLegalBasis p = parser.parse("UU 14/2008 Pasal 2 ayat (4)");
        assertThat(p.otherReferences()).extracting(LegalReference::display).containsExactly("UU 14/2008 Pasal 2 ayat (4)");
        assertThat(p.grounds()).isEmpty();
    }

    @Test
    void listsSeparatedBySemicolonsCommasAndNewLines() {
        ParsedLegalBasis p = parser.parse("UU 39/1999, UU 36/2009;\nPerda 12/2010 Pasal 7c, 8b\n- PP 61/2010");
        assertThat(p.otherReferences()).extracting(LegalReference::display).containsExactly(
                "UU 39/1999", "UU 36/2009", "Perda 12/2010 Pasal 7 huruf c", "Perda 12/2010 Pasal 8 huruf b", "PP 61/2010");
        assertThat(p.unreadable()).isEmpty();
    }

    @Test
    void explanatoryParenthesisIsSkipped() {
        ParsedLegalBasis p = parser.parse("UU 14/2008; PP 60/2008 (SPIP); PP 12/2017");
        assertThat(p.otherReferences()).extracting(LegalReference::display).containsExactly("UU 14/2008", "PP 60/2008", "PP 12/2017");
        assertThat(p.unreadable()).isEmpty();
    }

    @Test
    void unreadablePartsAreReportedNotDropped() {
        ParsedLegalBasis p = parser.parse("UU 14/2008 Pasal 17 huruf h; UU Kesehatan; peraturan terkait lainnya");
        assertThat(p.grounds()).containsExactly("17h");
        assertThat(p.unreadable()).containsExactly("UU Kesehatan", "peraturan terkait lainnya");
    }

    @Test
    void nonExistentPasal17PointsAreUnreadable() {
        ParsedLegalBasis p = parser.parse("Pasal 17 huruf h angka 9; Pasal 17 huruf k");
        assertThat(p.grounds()).isEmpty();
        assertThat(p.unreadable()).hasSize(2).allSatisfy(u -> assertThat(u).contains("Pasal 17 huruf"));
    }

    @Test
    void articleWithoutStatuteIsUnreadable() {
        ParsedLegalBasis p = parser.parse("Pasal 47 ayat (2)");
        assertThat(p.otherReferences()).isEmpty();
        assertThat(p.unreadable()).containsExactly("Pasal 47 ayat (2)");
    }

    @Test
    void emptyAndNull() {
        assertThat(parser.parse(null).isEmpty()).isTrue();
        assertThat(parser.parse("  \n ; ").isEmpty()).isTrue();
    }

    @Test
    void aMegabyteCellIsParsedToTheEnd() {
        // linear in the length (no regex backtracking over the whole cell): the result, not the time, is asserted
        // here; the time is measured by the benchmark (ReferenceParser#parse is the call it times)
        String citations = "UU 14/2008 Pasal 17 huruf h angka 2; UU KIP jo. Pasal 57 ayat (1) UU 36/2009, ".repeat(13_000)
                + "; Pasal 17 huruf i";
        assertThat(citations.length()).isGreaterThan(1_000_000);
        ParsedLegalBasis p = parser.parse(citations);
        assertThat(p.grounds()).containsExactly("17h2", "17i");
        assertThat(p.otherReferences()).extracting(LegalReference::display).contains("UU 36/2009 Pasal 57 ayat (1)");
        assertThat(p.original()).isSameAs(citations);

        // one segment with no separator at all (a pasted statute text): read in pieces, leftovers capped
        String prose = "Setiap Badan Publik wajib membuka akses bagi setiap Pemohon Informasi Publik kecuali Pasal 17 huruf h ".repeat(10_000);
        assertThat(prose.length()).isGreaterThan(1_000_000);
        ParsedLegalBasis q = parser.parse(prose);
        assertThat(q.grounds()).containsExactly("17h");
        assertThat(q.unreadable()).hasSizeLessThanOrEqualTo(ReferenceParser.MAX_UNREADABLE)
                .allSatisfy(u -> assertThat(u.length()).isLessThanOrEqualTo(ReferenceParser.MAX_FRAGMENT_CHARS + 1));
    }

    @Test
    void aStatuteTitleAfterItsNumberIsReadable() {
        for (String text : List.of("UU 27/2022 Perlindungan Data Pribadi", "UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi",
                "UU 43/2009 Kearsipan Pasal 44", "Undang-Undang Nomor 17 Tahun 2023 Kesehatan")) {
            ParsedLegalBasis p = parser.parse(text);
            assertThat(p.unreadable()).as(text).isEmpty();
            assertThat(p.otherReferences()).as(text).hasSize(1);
        }
        assertThat(parser.parse("UU 43/2009 Kearsipan Pasal 44").otherReferences().get(0).article()).isEqualTo("44");
    }

    @Test
    void wordsBesideTheCitationsAreKeptAsNotesNotReportedAsUnreadable() {
        ParsedLegalBasis p = parser.parse("UU 14/2008 Pasal 17 huruf h angka 2; Surat Edaran Kepala Dinas tentang Kerahasiaan Arsip Pasien");
        assertThat(p.grounds()).containsExactly("17h2");
        assertThat(p.unreadable()).isEmpty();
        assertThat(p.notes()).containsExactly("Surat Edaran Kepala Dinas tentang Kerahasiaan Arsip Pasien");
    }
}
