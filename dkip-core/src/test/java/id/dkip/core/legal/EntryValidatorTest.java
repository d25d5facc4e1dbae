package id.dkip.core.legal;

import static id.dkip.core.legal.EntryValidator.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.dkip.core.legal.Finding.Severity;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.EntryStatus;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntryValidatorTest {

    private final EntryValidator validator = EntryValidator.standard();
    private final ReferenceParser refs = new ReferenceParser();
    private final PeriodParser periods = new PeriodParser();

    /** A proposal the way a unit would write it well: no finding at all. */
    private DkipEntry good() {
        String basis = "UU 14/2008 Pasal 17 huruf h angka 2; UU 29/2004 Pasal 47; Permenkes 24/2022";
        ParsedLegalBasis p = refs.parse(basis);
        return DkipEntry.builder()
                .id("e1").unitCode("YANKES").unitName("Bidang Pelayanan Kesehatan").ppidPembantu("GROUP_DKIP_PPID_YANKES")
                .information("Data dan isi rekam medis pasien")
                .grounds(p.grounds()).otherReferences(p.otherReferences()).legalBasisText(basis)
                .consequenceIfOpened("Mengungkap rahasia kesehatan pasien")
                .benefitIfClosed("Melindungi rahasia kesehatan pasien")
                .publicInterest("Kepentingan pasien atas kerahasiaan lebih besar daripada kepentingan publik untuk mengetahui")
                .period(periods.parse("Atas persetujuan pasien"))
                .securityLevel(SecurityLevel.RAHASIA)
                .status(EntryStatus.USULAN)
                .build();
    }

    private DkipEntry established() {
        return good().toBuilder().status(EntryStatus.DITETAPKAN).skNumber("188.4/01/DINKES/2026").skDate(LocalDate.of(2026, 1, 15))
                .periodStart(LocalDate.of(2026, 1, 15)).decidingOfficial("dr. Siti Rahma, PPID Dinas Kesehatan")
                .publicBody("Dinas Kesehatan Kota Tangerang").place("Tangerang").build();
    }

    private List<String> codes(DkipEntry e) {
        return validator.validate(e).stream().map(Finding::code).toList();
    }

    /**
     * Findings other than ground consistency: the rule tests below swap grounds on the medical-record row, whose own
     * words then point back to 17h2 (that check is tested on its own, in GroundConsistencyTest and below).
     */
    private List<Finding> ruleFindings(DkipEntry e) {
        return validator.validate(e).stream()
                .filter(f -> !f.code().equals(GROUND_MISMATCH) && !f.code().equals(GROUND_NOT_SUPPORTED)).toList();
    }

    private List<String> ruleCodes(DkipEntry e) {
        return ruleFindings(e).stream().map(Finding::code).toList();
    }

    private DkipEntry withBasis(DkipEntry e, String basis) {
        ParsedLegalBasis p = refs.parse(basis);
        return e.toBuilder().legalBasisText(basis).grounds(p.grounds()).otherReferences(p.otherReferences()).build();
    }

    @Test
    void goodProposalAndGoodDecisionHaveNoFinding() {
        assertThat(validator.validate(good())).isEmpty();
        assertThat(validator.validate(established())).isEmpty();
    }

    @Test
    void everyFindingIsReturnedNotJustTheFirst() {
        DkipEntry bad = DkipEntry.builder().id("x").status(EntryStatus.DITETAPKAN).securityLevel(SecurityLevel.BIASA).build();
        List<Finding> f = validator.validate(bad);
        assertThat(f).extracting(Finding::code).containsExactly(GROUND_MISSING, INFORMATION_MISSING, CONSEQUENCE_MISSING,
                PUBLIC_INTEREST_MISSING, PERIOD_MISSING, SK_OFFICIAL_MISSING, SK_PUBLIC_BODY_MISSING, SK_UNIT_MISSING,
                SK_PLACE_MISSING, SK_DATE_MISSING, LEVEL_PUBLIC);
        assertThat(f).allSatisfy(x -> {
            assertThat(x.entryId()).isEqualTo("x");
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
        });
        assertThat(f).extracting(Finding::field).contains("grounds", "information", "consequenceIfOpened", "publicInterest",
                "period", "decidingOfficial", "publicBody", "unitName", "place", "skDate", "securityLevel");
    }

    @Test
    void noGround() {
        DkipEntry e = good().toBuilder().grounds(List.of()).otherReferences(List.of()).legalBasisText(null).build();
        assertThat(validator.validate(e)).extracting(Finding::code, Finding::severity, Finding::field)
                .containsExactly(tuple(GROUND_MISSING, Severity.ERROR, "grounds"));
    }

    @Test
    void groundWrittenInTheTextButNotCarried() {
        DkipEntry e = good().toBuilder().grounds(List.of()).build(); // text still says Pasal 17 huruf h angka 2
        assertThat(validator.validate(e)).extracting(Finding::code, Finding::severity, Finding::args).containsExactly(
                tuple(GROUND_MISSING, Severity.ERROR, List.of()), tuple(GROUND_IN_TEXT_ONLY, Severity.WARNING, List.of("17h2")));
    }

    @Test
    void unknownGround() {
        DkipEntry e = good().toBuilder().grounds(List.of("17h2", "17k")).build();
        assertThat(validator.validate(e)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(GROUND_UNKNOWN);
            assertThat(f.args()).containsExactly("17k");
            assertThat(f.messageId()).contains("\"17k\"").contains("Pasal 17");
            assertThat(f.messageEn()).contains("\"17k\"").contains("Article 17");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"17a", "17c", "17e", "17f", "17h"})
    void letterWithoutPoint(String code) {
        DkipEntry e = good().toBuilder().grounds(List.of(code)).period(periods.parse("sampai proses hukum selesai")).build();
        assertThat(validator.validate(e)).filteredOn(f -> f.code().equals(GROUND_POINT_MISSING)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.args().get(0)).isEqualTo(code);
            assertThat(f.args().get(1)).startsWith(code + "1, ");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"17b", "17d", "17g", "17i"})
    void letterWithoutPointsNeedsNone(String code) {
        DkipEntry e = good().toBuilder().grounds(List.of(code)).period(periods.parse("sampai rapat pimpinan memutuskan")).build();
        assertThat(codes(e)).doesNotContain(GROUND_POINT_MISSING);
    }

    @Test
    void noConsequenceTest() {
        DkipEntry e = good().toBuilder().consequenceIfOpened("  ").build();
        assertThat(validator.validate(e)).extracting(Finding::code, Finding::severity)
                .containsExactly(tuple(CONSEQUENCE_MISSING, Severity.ERROR));
        assertThat(validator.validate(e).get(0).messageId()).contains("Pasal 19");
    }

    @Test
    void noPublicInterestWeighing() {
        DkipEntry e = good().toBuilder().publicInterest(null).benefitIfClosed(null).build();
        assertThat(validator.validate(e)).extracting(Finding::code).containsExactly(PUBLIC_INTEREST_MISSING);
        assertThat(validator.validate(e).get(0).messageEn()).contains("Article 2(4)");
        // a "Manfaat bila ditutup" column counts as the weighing
        assertThat(codes(good().toBuilder().publicInterest(null).build())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Tidak terbatas", "permanen", "Selamanya"})
    void permanentOnLawEnforcementIsForbidden(String words) {
        DkipEntry e = withBasis(good(), "UU 14/2008 Pasal 17 huruf a angka 2").toBuilder().period(periods.parse(words)).build();
        assertThat(ruleFindings(e)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(PERIOD_PERMANENT);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.args()).containsExactly(words, "17a2");
            assertThat(f.messageId()).contains("Pasal 20").contains(words);
            assertThat(f.messageEn()).contains("Article 20");
        });
    }

    @Test
    void permanentOnEveryGroundAToF() {
        for (String g : List.of("17a1", "17b", "17c3", "17d", "17e6", "17f2")) {
            DkipEntry e = good().toBuilder().grounds(List.of(g)).period(periods.parse("Tidak terbatas")).build();
            assertThat(ruleCodes(e)).as(g).containsExactly(PERIOD_PERMANENT);
        }
        for (String g : List.of("17g", "17h2", "17i", "17j")) {
            DkipEntry e = withBasis(good(), "UU 29/2004 Pasal 47").toBuilder().grounds(List.of(g)).period(periods.parse("permanen")).build();
            assertThat(ruleCodes(e)).as(g).doesNotContain(PERIOD_PERMANENT);
        }
    }

    @Test
    void missingPeriodIsAnErrorForAToFAndOnceEstablished() {
        DkipEntry lawEnforcement = good().toBuilder().grounds(List.of("17a2")).period(null).build();
        assertThat(ruleFindings(lawEnforcement)).extracting(Finding::code, Finding::severity)
                .containsExactly(tuple(PERIOD_MISSING, Severity.ERROR));
        DkipEntry memo = good().toBuilder().grounds(List.of("17i")).period(periods.parse("")).build();
        assertThat(ruleFindings(memo)).extracting(Finding::code, Finding::severity)
                .containsExactly(tuple(PERIOD_MISSING, Severity.WARNING));
        DkipEntry memoEstablished = established().toBuilder().grounds(List.of("17i")).period(null).build();
        assertThat(ruleFindings(memoEstablished)).extracting(Finding::code, Finding::severity)
                .containsExactly(tuple(PERIOD_MISSING, Severity.ERROR));
    }

    @Test
    void unreadablePeriod() {
        DkipEntry e = good().toBuilder().period(periods.parse("menyesuaikan kebutuhan")).build();
        assertThat(validator.validate(e)).extracting(Finding::code, Finding::severity, Finding::args)
                .containsExactly(tuple(PERIOD_UNREADABLE, Severity.WARNING, List.of("menyesuaikan kebutuhan")));
    }

    @Test
    void periodOverTheLawEnforcementMaximum() {
        DkipEntry e = good().toBuilder().grounds(List.of("17a1")).period(periods.parse("35 tahun")).build();
        assertThat(ruleFindings(e)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(PERIOD_OVER_MAXIMUM);
            assertThat(f.args()).containsExactly("35", "17a1", "30");
            assertThat(f.messageId()).isEqualTo("Jangka waktu 35 tahun melebihi batas 30 tahun untuk dasar 17a1.");
        });
        assertThat(ruleCodes(e.toBuilder().period(periods.parse("30 tahun")).build())).isEmpty();
        // until a date: counted from the start
        DkipEntry until = e.toBuilder().period(periods.parse("sampai 31 Desember 2060")).periodStart(LocalDate.of(2026, 1, 15)).build();
        assertThat(ruleCodes(until)).containsExactly(PERIOD_OVER_MAXIMUM);
        assertThat(ruleCodes(until.toBuilder().period(periods.parse("sampai 31 Desember 2055")).build())).isEmpty();
    }

    @Test
    void configuredMaximaForUnverifiedGrounds() {
        DkipEntry defence = good().toBuilder().grounds(List.of("17c1")).period(periods.parse("30 tahun")).build();
        assertThat(ruleCodes(defence)).as("17c is unset by default").isEmpty();
        EntryValidator configured = new EntryValidator(LegalCatalogue.standard(), refs, MaximumPeriods.parse("17a=30, 17c=25"));
        assertThat(configured.validate(defence).stream().filter(f -> !f.code().startsWith("DKIP-GROUND-")).toList()).extracting(Finding::code, Finding::args)
                .containsExactly(tuple(PERIOD_OVER_MAXIMUM, List.of("30", "17c1", "25")));
    }

    @Test
    void untilDateWithoutStartOnceEstablished() {
        DkipEntry e = established().toBuilder().grounds(List.of("17a1")).period(periods.parse("sampai 31 Desember 2040"))
                .periodStart(null).skDate(null).build();
        assertThat(codes(e)).contains(PERIOD_NO_START, SK_DATE_MISSING);
    }

    @Test
    void seventeenJWithoutStatute() {
        DkipEntry onlyMinisterial = withBasis(good(), "UU 14/2008 Pasal 17 huruf j; Permenkes 269/2008 Pasal 10");
        assertThat(validator.validate(onlyMinisterial)).extracting(Finding::code, Finding::severity, Finding::args)
                .containsExactly(tuple(GROUND_17J_NO_STATUTE, Severity.ERROR, List.of("Permenkes 269/2008 Pasal 10")));
        DkipEntry nothing = withBasis(good(), "Pasal 17 huruf j UU KIP");
        assertThat(validator.validate(nothing)).extracting(Finding::code, Finding::args)
                .containsExactly(tuple(GROUND_17J_NO_STATUTE, List.of("-")));
        assertThat(codes(withBasis(good(), "UU 14/2008 Pasal 17 huruf j; UU 29/2004 Pasal 47"))).isEmpty();
        // the statute may also only be written in the text, not yet structured
        DkipEntry textOnly = good().toBuilder().grounds(List.of("17j")).otherReferences(List.of())
                .legalBasisText("Pasal 17 huruf j jo. UU 44/2009 Pasal 32 huruf i").build();
        assertThat(codes(textOnly)).isEmpty();
    }

    @Test
    void sectorRegulationOnlyWithoutUuKipGround() {
        DkipEntry e = withBasis(good(), "UU 39/1999; UU 36/2009; Perda 12/2010 Pasal 7c, 8b");
        assertThat(validator.validate(e)).extracting(Finding::code, Finding::severity).containsExactly(
                tuple(GROUND_MISSING, Severity.ERROR), tuple(GROUND_SECTOR_ONLY, Severity.WARNING));
        assertThat(validator.validate(e).get(1).args())
                .containsExactly("UU 39/1999; UU 36/2009; Perda 12/2010 Pasal 7 huruf c; Perda 12/2010 Pasal 8 huruf b");
    }

    @Test
    void uuKipNamedWithoutPasal17() {
        DkipEntry e = withBasis(good(), "Undang-Undang Nomor 14 Tahun 2008 tentang KIP");
        assertThat(codes(e)).containsExactly(GROUND_MISSING, GROUND_UU_KIP_WITHOUT_PASAL_17);
    }

    @Test
    void unreadableLegalBasisIsReported() {
        DkipEntry e = withBasis(good(), "UU 14/2008 Pasal 17 huruf h angka 2; UU 29/2004 Pasal 47; peraturan internal");
        assertThat(validator.validate(e)).extracting(Finding::code, Finding::severity, Finding::args)
                .containsExactly(tuple(BASIS_UNREADABLE, Severity.WARNING, List.of("peraturan internal")));
    }

    @Test
    void pasal18NoticeFor17gAnd17hWithAFixedPeriod() {
        DkipEntry e = good().toBuilder().period(periods.parse("20 Tahun")).build();
        assertThat(ruleFindings(e)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(PASAL_18_NOTICE);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.args()).containsExactly("17h2");
            assertThat(f.messageId()).contains("Pasal 18 ayat (2)").contains("persetujuan tertulis");
        });
        assertThat(ruleCodes(good().toBuilder().grounds(List.of("17g")).period(periods.parse("permanen")).build()))
                .containsExactly(PASAL_18_NOTICE);
        assertThat(ruleCodes(good().toBuilder().period(LegalCatalogue.standard().pasal18Event()).build())).isEmpty();
        assertThat(ruleCodes(good().toBuilder().grounds(List.of("17i")).period(periods.parse("20 Tahun")).build())).isEmpty();
    }

    @Test
    void decreeFieldsRequiredOnlyOnceEstablished() {
        DkipEntry draft = good().toBuilder().status(EntryStatus.RANCANGAN).build();
        assertThat(codes(draft)).isEmpty();
        for (EntryStatus s : List.of(EntryStatus.DITETAPKAN, EntryStatus.DICABUT, EntryStatus.DIBUKA)) {
            DkipEntry e = good().toBuilder().status(s).unitName(null).unitCode(null).build();
            assertThat(codes(e)).as(s.name()).containsExactly(SK_OFFICIAL_MISSING, SK_PUBLIC_BODY_MISSING, SK_UNIT_MISSING,
                    SK_PLACE_MISSING, SK_DATE_MISSING);
        }
        assertThat(validator.validate(established().toBuilder().place("").build()))
                .extracting(Finding::code, Finding::field).containsExactly(tuple(SK_PLACE_MISSING, "place"));
    }

    @Test
    void publicSecurityLevelOnExemptedItem() {
        DkipEntry e = good().toBuilder().securityLevel(SecurityLevel.BIASA).build();
        assertThat(validator.validate(e)).extracting(Finding::code, Finding::severity, Finding::args)
                .containsExactly(tuple(LEVEL_PUBLIC, Severity.ERROR, List.of("Biasa/Terbuka")));
        // opened by decision: Biasa/Terbuka is now right
        assertThat(codes(established().toBuilder().status(EntryStatus.DIBUKA).securityLevel(SecurityLevel.BIASA).build())).isEmpty();
    }

    @Test
    void missingSecurityLevel() {
        assertThat(validator.validate(good().toBuilder().securityLevel(null).build()))
                .extracting(Finding::code, Finding::severity).containsExactly(tuple(LEVEL_MISSING, Severity.WARNING));
        assertThat(validator.validate(established().toBuilder().securityLevel(null).build()))
                .extracting(Finding::code, Finding::severity).containsExactly(tuple(LEVEL_MISSING, Severity.ERROR));
    }

    @Test
    void duplicateInformationInOneUnit() {
        DkipEntry a = good();
        DkipEntry b = good().toBuilder().id("e2").information("  data dan isi  rekam medis pasien ").build();
        DkipEntry otherUnit = good().toBuilder().id("e3").unitCode("P2P").build();
        List<Finding> all = validator.validateAll(List.of(a, b, otherUnit));
        assertThat(all).extracting(Finding::code, Finding::entryId, Finding::args)
                .containsExactly(tuple(REGISTER_DUPLICATE, "e2", List.of("data dan isi  rekam medis pasien", "e1")));
    }

    @Test
    void everyCodeIsReachableAndHasBothMessages() {
        List<DkipEntry> bad = List.of(
                DkipEntry.builder().id("1").status(EntryStatus.DITETAPKAN).securityLevel(SecurityLevel.BIASA).build(),
                withBasis(good(), "UU 14/2008; PP 60/2008 (SPIP); PP 12/2017; entah").toBuilder().id("2").grounds(List.of("17k", "17h")).build(),
                good().toBuilder().id("3").grounds(List.of("17j", "17a")).otherReferences(List.of()).legalBasisText(null)
                        .period(periods.parse("permanen")).build(),
                good().toBuilder().id("4").grounds(List.of("17a1")).period(periods.parse("40 tahun")).build(),
                good().toBuilder().id("5").period(periods.parse("kira-kira")).securityLevel(null).build(),
                established().toBuilder().id("6").grounds(List.of("17a1")).period(periods.parse("sampai 1 Januari 2050")).periodStart(null).skDate(null).build(),
                good().toBuilder().id("7").period(periods.parse("20 Tahun")).build(),
                good().toBuilder().id("8").build(),
                withBasis(good(), "UU 14/2008; UU 44/2009").toBuilder().id("9").grounds(List.of()).build(),
                good().toBuilder().id("10").grounds(List.of()).build(),
                good().toBuilder().id("11").grounds(List.of("17d")).information("Laporan keuangan yang belum diaudit")
                        .consequenceIfOpened("Dapat menimbulkan salah tafsir").benefitIfClosed("Menghindari salah tafsir").build(),
                good().toBuilder().id("12").period(periods.parse("Selama Jangka Waktu Tertentu")).build(),
                good().toBuilder().id("13").period(periods.parse("5 tahun setelah keputusan disiplin")).build());
        List<Finding> all = validator.validateAll(bad);
        Set<String> seen = new HashSet<>();
        for (Finding f : all) {
            seen.add(f.code());
            assertThat(f.messageId()).as(f.code()).isNotBlank().doesNotContain("{");
            assertThat(f.messageEn()).as(f.code()).isNotBlank().doesNotContain("{").isNotEqualTo(f.messageId());
            assertThat(f.message(Locale.forLanguageTag("id-ID"))).isEqualTo(f.messageId());
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(EntryValidator.CODES);
    }
}
