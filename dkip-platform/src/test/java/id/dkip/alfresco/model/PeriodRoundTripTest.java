package id.dkip.alfresco.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.dkip.core.legal.ExemptionPeriod;
import id.dkip.core.legal.PeriodParser;
import id.dkip.core.register.DkipEntry;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue #11.3 and #11.8: what the core reads from a real table (a period in months, a period counted from an event)
 * and the provisional flag of a review date survive being saved on a node and read back. The NodeService stand-in
 * keeps properties as Alfresco does: addAspect/addProperties store the values given (null included), getProperties
 * returns them.
 */
class PeriodRoundTripTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final NodeRef NODE = new NodeRef("workspace://SpacesStore/row-1");

    private final Map<QName, Serializable> stored = new HashMap<>();
    private final NodeService nodeService = mock(NodeService.class);
    private final EntryNodeMapper mapper = new EntryNodeMapper(nodeService, WIB);

    @SuppressWarnings("unchecked")
    PeriodRoundTripTest() {
        when(nodeService.hasAspect(NODE, DkipModel.ASPECT_DIKECUALIKAN)).thenAnswer(i -> !stored.isEmpty());
        doAnswer(i -> {
            stored.putAll(i.<Map<QName, Serializable>>getArgument(2));
            return null;
        }).when(nodeService).addAspect(any(), any(), any());
        doAnswer(i -> {
            stored.putAll(i.<Map<QName, Serializable>>getArgument(1));
            return null;
        }).when(nodeService).addProperties(any(), any());
        when(nodeService.getProperties(NODE)).thenAnswer(i -> new HashMap<>(stored));
        when(nodeService.getChildAssocs(any(), any(), any())).thenReturn(List.of());
    }

    private DkipEntry saveAndRead(DkipEntry entry) {
        mapper.write(NODE, entry);
        return mapper.read(NODE);
    }

    private static DkipEntry row(String periodCell) {
        return DkipEntry.builder().id(NODE.toString()).unitCode("SDK").information("Berkas hukuman disiplin pegawai")
                .grounds(List.of("17h")).period(new PeriodParser().parse(periodCell)).build();
    }

    @Test
    void sixMonthsIsSavedAsMonthsAndReadBackEqual() {
        DkipEntry row = row("6 bulan");
        assertThat(row.period().totalMonths()).as("the core reads months").isEqualTo(6);

        DkipEntry back = saveAndRead(row);

        assertThat(back).isEqualTo(row);
        assertThat(back.period().totalMonths()).isEqualTo(6);
        assertThat(stored).containsEntry(DkipModel.PROP_JANGKA_WAKTU_BULAN, 6)
                .as("no 0 years: dkip:jumlahTahun starts at 1").containsEntry(DkipModel.PROP_JANGKA_WAKTU_TAHUN, null);
    }

    @Test
    void aPeriodCountedFromAnEventKeepsItsStartEvent() {
        DkipEntry row = row("5 tahun setelah keputusan disiplin");
        assertThat(row.period().startEvent()).as("the core reads the start event").isNotBlank();

        DkipEntry back = saveAndRead(row);

        assertThat(back).isEqualTo(row);
        assertThat(back.period().startEvent()).isEqualTo(row.period().startEvent());
        assertThat(stored).containsEntry(DkipModel.PROP_PERISTIWA_AWAL, row.period().startEvent())
                .containsEntry(DkipModel.PROP_JANGKA_WAKTU_TAHUN, 5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 tahun 6 bulan", "18 bulan", "2 tahun setelah proses seleksi berakhir", "20 Tahun",
            "sampai dengan 31 Desember 2030", "Selama Jangka Waktu Tertentu", "permanen"})
    void otherWordingsRoundTripToo(String cell) {
        DkipEntry row = row(cell);
        assertThat(saveAndRead(row)).as(cell).isEqualTo(row);
    }

    @Test
    void theProvisionalFlagOfTheReviewDateRoundTrips() {
        DkipEntry row = row("20 tahun").toBuilder().expiryDate(LocalDate.of(2046, 1, 5))
                .reviewDate(LocalDate.of(2045, 11, 22)).reviewDateProvisional(true).build();

        DkipEntry back = saveAndRead(row);

        assertThat(back.reviewDateProvisional()).isTrue();
        assertThat(back).isEqualTo(row);
        assertThat(stored).containsEntry(DkipModel.PROP_TANGGAL_SEMENTARA, true);
        assertThat(saveAndRead(row.toBuilder().reviewDateProvisional(false).build()).reviewDateProvisional()).isFalse();
    }

    @Test
    void theNewPropertiesAreAmongTheEntryProperties() {
        assertThat(EntryNodeMapper.ENTRY_PROPERTIES).containsAll(Set.of(DkipModel.PROP_JANGKA_WAKTU_BULAN,
                DkipModel.PROP_PERISTIWA_AWAL, DkipModel.PROP_TANGGAL_SEMENTARA));
    }

    @Test
    void aShareUserWhoFilledOnlyMonthsGetsAPeriodInMonths() {
        ExemptionPeriod p = mapper.toPeriod(Map.of(DkipModel.PROP_JANGKA_WAKTU_BULAN, 6));
        assertThat(p.kind()).isEqualTo(ExemptionPeriod.Kind.YEARS);
        assertThat(p.totalMonths()).isEqualTo(6);
    }
}
