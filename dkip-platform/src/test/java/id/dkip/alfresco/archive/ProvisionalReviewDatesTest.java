package id.dkip.alfresco.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.dkip.alfresco.model.DkipModel;
import id.dkip.core.access.AccessTable;
import id.dkip.core.archive.FilingPlanner;
import id.dkip.core.archive.LegalArchiveRules;
import id.dkip.core.calendar.WorkingDayCalendar;
import id.dkip.core.legal.EntryValidator;
import id.dkip.core.legal.ExemptionDates;
import id.dkip.core.legal.ExemptionPeriod;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.search.QueryConsistency;
import org.alfresco.service.cmr.search.ResultSet;
import org.alfresco.service.cmr.search.SearchParameters;
import org.alfresco.service.cmr.search.SearchService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #11.8: a review date counted over a year without its SKB 3 Menteri decree is stored with
 * dkip:tanggalSementara = true, and the admin reload of the calendar recomputes it and clears the flag once the
 * decree is loaded; dates still provisional stay flagged.
 */
class ProvisionalReviewDatesTest {

    @TempDir
    Path dir;

    final ArchiveFixture f;
    /** Reloadable, as the module's dkip.calendar.workingDays bean (the shared standard() never reloads). */
    final WorkingDayCalendar calendar = WorkingDayCalendar.standardWith(null);
    final ExemptionDates dates = new ExemptionDates(calendar);
    final SearchService searchService = mock(SearchService.class);
    final List<SearchParameters> queries = new ArrayList<>();
    final ProvisionalReviewDates recompute = new ProvisionalReviewDates();

    ProvisionalReviewDatesTest() throws Throwable {
        f = new ArchiveFixture();
        f.filing.setFilingPlanner(new FilingPlanner(new LegalArchiveRules(EntryValidator.standard(), dates,
                AccessTable.standard(), calendar), ArchiveFixture.JRA));
        when(searchService.query(any(SearchParameters.class))).thenAnswer(i -> tmdq(i.getArgument(0)));
        recompute.setSearchService(searchService);
        recompute.setNodeService(f.repo.nodeService);
        recompute.setBehaviourFilter(f.behaviourFilter);
        recompute.setTransactionService(f.transactionService);
        recompute.setSystemWork(f.repo.model);
        recompute.setExemptionDates(dates);
        recompute.setZone("Asia/Jakarta");
        recompute.afterPropertiesSet();
    }

    /** TMDQ answering {@code =dkip:tanggalSementara:true}: exact term, current, page by page. */
    private ResultSet tmdq(SearchParameters sp) {
        queries.add(sp);
        assertThat(sp.getQuery()).isEqualTo("ASPECT:\"dkip:dikecualikan\" AND =dkip:tanggalSementara:true");
        assertThat(sp.getQueryConsistency()).isEqualTo(QueryConsistency.TRANSACTIONAL);
        assertThat(f.repo.model.isSystem()).as("runs as system").isTrue();
        List<NodeRef> flagged = f.repo.properties.entrySet().stream()
                .filter(e -> Boolean.TRUE.equals(e.getValue().get(DkipModel.PROP_TANGGAL_SEMENTARA)))
                .filter(e -> f.repo.aspects.get(e.getKey()).contains(DkipModel.ASPECT_DIKECUALIKAN))
                .map(Map.Entry::getKey).sorted((a, b) -> a.getId().compareTo(b.getId())).toList();
        int from = Math.min(sp.getSkipCount(), flagged.size());
        int to = Math.min(from + sp.getMaxItems(), flagged.size());
        ResultSet rs = mock(ResultSet.class);
        when(rs.getNodeRefs()).thenReturn(new ArrayList<>(flagged.subList(from, to)));
        when(rs.hasMore()).thenReturn(to < flagged.size());
        return rs;
    }

    private NodeRef filed(String name, ExemptionPeriod period) {
        NodeRef doc = f.classifiedDocument(name, LegalRulesFilingTest.complete().period(period).build());
        f.filing.file(doc);
        return doc;
    }

    private LocalDate stored(NodeRef doc, org.alfresco.service.namespace.QName property) {
        Serializable v = f.repo.properties.get(doc).get(property);
        return ((Date) v).toInstant().atZone(ArchiveFixture.WIB).toLocalDate();
    }

    @Test
    void filingStoresTheFlagBesideTheReviewDate() {
        NodeRef provisional = filed("rm-2046.pdf", ExemptionPeriod.ofYears(20, "20 Tahun"));
        NodeRef finalDate = filed("rm-2026.pdf", ExemptionPeriod.until(LocalDate.of(2026, 12, 30), "sampai dengan 30 Desember 2026"));

        assertThat(stored(provisional, DkipModel.PROP_TANGGAL_TINJAU)).isEqualTo(LocalDate.of(2045, 11, 22));
        assertThat(f.repo.properties.get(provisional)).containsEntry(DkipModel.PROP_TANGGAL_SEMENTARA, true);
        assertThat(f.repo.properties.get(finalDate).get(DkipModel.PROP_TANGGAL_SEMENTARA))
                .as("a final date writes no flag (the model default false stands)").isNotEqualTo(true);
    }

    @Test
    void theLoadedDecreeRecomputesTheReviewDateAndClearsTheFlagWhileOtherYearsStayProvisional() throws Exception {
        NodeRef in2046 = filed("rm-2046.pdf", ExemptionPeriod.ofYears(20, "20 Tahun"));
        NodeRef alsoIn2046 = filed("rm-2046b.pdf", ExemptionPeriod.ofYears(20, "20 tahun"));
        NodeRef in2036 = filed("rm-2036.pdf", ExemptionPeriod.ofYears(10, "10 Tahun"));
        LocalDate before = stored(in2046, DkipModel.PROP_TANGGAL_TINJAU);
        assertThat(List.of(in2046, alsoIn2046, in2036)).allSatisfy(
                n -> assertThat(f.repo.properties.get(n)).containsEntry(DkipModel.PROP_TANGGAL_SEMENTARA, true));

        Path decree = dir.resolve("hari-libur.csv");
        Files.writeString(decree, """
                2045,lengkap,SKB 3 Menteri 2045 (data uji)
                2046,lengkap,SKB 3 Menteri 2046 (data uji)
                2045-12-25,libur,Natal
                2045-12-26,cuti_bersama,Cuti bersama Natal (data uji)
                2046-01-01,libur,Tahun Baru Masehi
                """);
        calendar.reload(WorkingDayCalendar.standardWith("file:" + decree));
        recompute.setPageSize(1);

        ProvisionalReviewDates.Report report = recompute.recompute();

        assertThat(report.recomputed()).isEqualTo(2);
        assertThat(report.stillProvisional()).isEqualTo(1);
        LocalDate after = stored(in2046, DkipModel.PROP_TANGGAL_TINJAU);
        assertThat(after).isEqualTo(calendar.subtractWorkingDays(LocalDate.of(2046, 1, 5), 30))
                .as("the cuti bersama of the loaded decree moves it a working day earlier").isEqualTo(before.minusDays(1));
        assertThat(f.repo.properties.get(in2046)).containsEntry(DkipModel.PROP_TANGGAL_SEMENTARA, false);
        assertThat(f.repo.properties.get(alsoIn2046)).containsEntry(DkipModel.PROP_TANGGAL_SEMENTARA, false);
        assertThat(f.repo.properties.get(in2036)).as("2035/2036 still have no decree")
                .containsEntry(DkipModel.PROP_TANGGAL_SEMENTARA, true);
        assertThat(queries).as("pages of one, each its own query").hasSizeGreaterThanOrEqualTo(3);

        assertThat(recompute.recompute().recomputed()).as("nothing left to recompute").isZero();
    }
}
