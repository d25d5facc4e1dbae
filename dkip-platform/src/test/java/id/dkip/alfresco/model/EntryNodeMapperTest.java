package id.dkip.alfresco.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.dkip.core.legal.ExemptionPeriod;
import id.dkip.core.legal.LegalReference;
import id.dkip.core.legal.SecurityLevel;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.EntryStatus;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.namespace.RegexQNamePattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

class EntryNodeMapperTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final NodeRef NODE = new NodeRef("workspace://SpacesStore/row-1");

    private final NodeService nodeService = mock(NodeService.class);
    private final EntryNodeMapper mapper = new EntryNodeMapper(nodeService, WIB);

    static DkipEntry fullEntry() {
        return DkipEntry.builder()
                .id(NODE.toString())
                .unitCode("YANKES").unitName("Bidang Pelayanan Kesehatan").ppidPembantu("GROUP_DKIP_PPID_YANKES")
                .information("Rekam medis pasien Puskesmas")
                .grounds(List.of("17h2", "17j"))
                .otherReferences(List.of(
                        new LegalReference("UU", "17", 2023, "274", null, null, "UU 17/2023 Pasal 274"),
                        new LegalReference("Permenkes", "24", 2022, "26", "a", "1", "Permenkes 24/2022 Pasal 26 huruf a angka 1")))
                .legalBasisText("UU No. 14 Tahun 2008 Pasal 17 huruf h angka 2; UU 17/2023 Pasal 274")
                .consequenceIfOpened("Mengungkap riwayat kesehatan pasien")
                .benefitIfClosed("Melindungi hak atas rahasia pribadi")
                .publicInterest("Tidak ada kepentingan publik yang lebih besar")
                .period(ExemptionPeriod.ofYears(5, "5 (lima) tahun sejak ditetapkan"))
                .periodStart(LocalDate.of(2026, 4, 28))
                .expiryDate(LocalDate.of(2031, 4, 28))
                .reviewDate(LocalDate.of(2031, 3, 14))
                .securityLevel(SecurityLevel.SANGAT_RAHASIA)
                .status(EntryStatus.DITETAPKAN)
                .skNumber("188.4/12-PPID/2026").skDate(LocalDate.of(2026, 4, 28))
                .decidingOfficial("dr. A, Kepala Dinas").publicBody("Dinas Kesehatan Kota Tangerang").place("Tangerang")
                .build();
    }

    @Test
    void entryRoundTripsThroughProperties() {
        DkipEntry entry = fullEntry();
        Map<QName, Serializable> props = mapper.toProperties(entry);
        List<Map<QName, Serializable>> refs = entry.otherReferences().stream().map(mapper::toReferenceProperties).toList();

        DkipEntry back = mapper.toEntry(NODE, props, refs);

        assertThat(back).isEqualTo(entry);
    }

    @Test
    void propertiesUseTheModelsValueTypes() {
        Map<QName, Serializable> props = mapper.toProperties(fullEntry());

        assertThat(props.keySet()).containsExactlyElementsOf(EntryNodeMapper.ENTRY_PROPERTIES);
        assertThat(props.get(DkipModel.PROP_DASAR_PASAL17)).isInstanceOf(ArrayList.class).isEqualTo(List.of("17h2", "17j"));
        assertThat(props.get(DkipModel.PROP_TINGKAT_KEAMANAN)).isEqualTo("Sangat Rahasia");
        assertThat(props.get(DkipModel.PROP_STATUS)).isEqualTo("ditetapkan");
        assertThat(props.get(DkipModel.PROP_JENIS_JANGKA_WAKTU)).isEqualTo("tahun");
        assertThat(props.get(DkipModel.PROP_JANGKA_WAKTU_TAHUN)).isEqualTo(5);
        assertThat(props.get(DkipModel.PROP_JANGKA_WAKTU_TEKS)).isEqualTo("5 (lima) tahun sejak ditetapkan");
        assertThat(props.get(DkipModel.PROP_TANGGAL_KEDALUWARSA))
                .isEqualTo(Date.from(ZonedDateTime.of(2031, 4, 28, 0, 0, 0, 0, WIB).toInstant()));
        assertThat(props.values()).noneMatch(v -> v instanceof LocalDate);
    }

    @Test
    void missingValuesAreWrittenAsNullSoAnUpdateClearsThem() {
        DkipEntry sparse = DkipEntry.builder().information("Dokumen lelang").build();

        Map<QName, Serializable> props = mapper.toProperties(sparse);

        assertThat(props).containsKeys(EntryNodeMapper.ENTRY_PROPERTIES.toArray(QName[]::new));
        assertThat(props.get(DkipModel.PROP_TANGGAL_TINJAU)).isNull();
        assertThat(props.get(DkipModel.PROP_JENIS_JANGKA_WAKTU)).isNull();
        assertThat(props.get(DkipModel.PROP_STATUS)).isEqualTo("usulan");
        assertThat(mapper.toEntry((String) null, props, List.of())).isEqualTo(sparse);
    }

    @ParameterizedTest
    @EnumSource(ExemptionPeriod.Kind.class)
    void everyPeriodKindRoundTrips(ExemptionPeriod.Kind kind) {
        ExemptionPeriod period = switch (kind) {
            case YEARS -> ExemptionPeriod.ofYears(30, "30 Tahun");
            case UNTIL_DATE -> ExemptionPeriod.until(LocalDate.of(2027, 12, 31), "s.d. 31 Desember 2027");
            case UNTIL_EVENT -> ExemptionPeriod.untilEvent("atas persetujuan yang bersangkutan", "Sampai ada persetujuan");
            case PERMANENT -> ExemptionPeriod.permanent("Tidak terbatas");
            case UNSPECIFIED -> ExemptionPeriod.unspecified("-");
        };
        DkipEntry entry = DkipEntry.builder().period(period).build();

        Map<QName, Serializable> props = mapper.toProperties(entry);

        assertThat(props.get(DkipModel.PROP_JENIS_JANGKA_WAKTU)).isEqualTo(EntryNodeMapper.periodKindValue(kind));
        assertThat(mapper.toEntry((String) null, props, null).period()).isEqualTo(period);
    }

    @Test
    void periodKindValuesAreTheModelConstraintValues() {
        assertThat(List.of(ExemptionPeriod.Kind.values()).stream().map(EntryNodeMapper::periodKindValue))
                .containsExactly("tahun", "sampaiTanggal", "sampaiPeristiwa", "permanen", "tidakDitentukan");
        for (ExemptionPeriod.Kind k : ExemptionPeriod.Kind.values()) {
            assertThat(EntryNodeMapper.periodKind(EntryNodeMapper.periodKindValue(k))).isEqualTo(k);
        }
    }

    @ParameterizedTest
    @EnumSource(SecurityLevel.class)
    void everySecurityLevelRoundTrips(SecurityLevel level) {
        Map<QName, Serializable> props = mapper.toProperties(DkipEntry.builder().securityLevel(level).build());
        assertThat(mapper.toEntry((String) null, props, null).securityLevel()).isEqualTo(level);
    }

    @ParameterizedTest
    @EnumSource(EntryStatus.class)
    void everyStatusRoundTrips(EntryStatus status) {
        Map<QName, Serializable> props = mapper.toProperties(DkipEntry.builder().status(status).build());
        assertThat(props.get(DkipModel.PROP_STATUS)).isEqualTo(status.modelValue());
        assertThat(mapper.toEntry((String) null, props, null).status()).isEqualTo(status);
    }

    @Test
    void periodKindIsInferredWhenAShareUserLeftItEmpty() {
        Map<QName, Serializable> props = new HashMap<>();
        props.put(DkipModel.PROP_JANGKA_WAKTU_TAHUN, 20L);
        assertThat(mapper.toPeriod(props)).isEqualTo(new ExemptionPeriod(ExemptionPeriod.Kind.YEARS, 20, null, null, null));

        props.clear();
        props.put(DkipModel.PROP_JANGKA_WAKTU_PERISTIWA, "sampai pasien meninggal");
        assertThat(mapper.toPeriod(props).kind()).isEqualTo(ExemptionPeriod.Kind.UNTIL_EVENT);

        props.clear();
        props.put(DkipModel.PROP_JANGKA_WAKTU_TEKS, "Selama masih diperlukan");
        assertThat(mapper.toPeriod(props).kind()).isEqualTo(ExemptionPeriod.Kind.UNSPECIFIED);

        props.clear();
        assertThat(mapper.toPeriod(props)).isNull();
    }

    @Test
    void unknownConstrainedValuesReadAsNullNotAsAnError() {
        Map<QName, Serializable> props = new HashMap<>();
        props.put(DkipModel.PROP_TINGKAT_KEAMANAN, "Super Rahasia");
        props.put(DkipModel.PROP_STATUS, "diarsipkan");
        props.put(DkipModel.PROP_JENIS_JANGKA_WAKTU, "selamanya");

        DkipEntry entry = mapper.toEntry((String) null, props, null);

        assertThat(entry.securityLevel()).isNull();
        assertThat(entry.status()).isEqualTo(EntryStatus.USULAN); // the record's default for a missing status
        assertThat(entry.period().kind()).isEqualTo(ExemptionPeriod.Kind.UNSPECIFIED);
    }

    @Test
    void dateSavedByABrowserInAnotherZoneReadsAsTheChosenDay() {
        // Midnight of 28 April 2026 in WIB is 17:00 UTC on the 27th; midnight in UTC is 07:00 WIB on the 28th.
        Date midnightWib = Date.from(ZonedDateTime.of(2026, 4, 28, 0, 0, 0, 0, WIB).toInstant());
        Date midnightUtc = Date.from(ZonedDateTime.of(2026, 4, 28, 0, 0, 0, 0, ZoneId.of("UTC")).toInstant());
        EntryNodeMapper utcServer = new EntryNodeMapper(nodeService, ZoneId.of("UTC"));

        assertThat(mapper.toLocalDate(midnightWib)).isEqualTo(LocalDate.of(2026, 4, 28));
        assertThat(mapper.toLocalDate(midnightUtc)).isEqualTo(LocalDate.of(2026, 4, 28));
        assertThat(utcServer.toLocalDate(midnightWib)).isEqualTo(LocalDate.of(2026, 4, 28));
        assertThat(mapper.toLocalDate("2026-04-28")).isEqualTo(LocalDate.of(2026, 4, 28));
        assertThat(mapper.toLocalDate("2026-04-28T00:00:00.000+07:00")).isEqualTo(LocalDate.of(2026, 4, 28));
        assertThat(mapper.toLocalDate("bukan tanggal")).isNull();
    }

    @Test
    void groundsReadFromASingleValueOrAList() {
        Map<QName, Serializable> props = new HashMap<>();
        props.put(DkipModel.PROP_DASAR_PASAL17, " 17H2 ");
        assertThat(mapper.toEntry((String) null, props, null).grounds()).containsExactly("17h2");

        props.put(DkipModel.PROP_DASAR_PASAL17, new ArrayList<>(List.of("17b", "", "17c4")));
        assertThat(mapper.toEntry((String) null, props, null).grounds()).containsExactly("17b", "17c4");
    }

    @Test
    void referenceRoundTripsAndOneWithoutKindIsSkipped() {
        LegalReference ref = new LegalReference("UU", "44", 2009, "32", "i", null, "UU 44/2009 Pasal 32 huruf i");
        Map<QName, Serializable> props = mapper.toReferenceProperties(ref);
        assertThat(props.keySet()).containsExactlyElementsOf(EntryNodeMapper.REFERENCE_PROPERTIES);
        assertThat(props.get(DkipModel.PROP_TAHUN_PERATURAN)).isEqualTo(2009);
        assertThat(mapper.toReference(props)).isEqualTo(ref);

        Map<QName, Serializable> noKind = new HashMap<>(props);
        noKind.remove(DkipModel.PROP_JENIS_PERATURAN);
        assertThat(mapper.toEntry((String) null, Map.of(), List.of(noKind, props)).otherReferences()).containsExactly(ref);
    }

    @Test
    void readTakesPropertiesAndReferenceChildrenInOrder() {
        DkipEntry entry = fullEntry();
        NodeRef ref1 = new NodeRef("workspace://SpacesStore/ref-1");
        NodeRef ref2 = new NodeRef("workspace://SpacesStore/ref-2");
        when(nodeService.getProperties(NODE)).thenReturn(new HashMap<>(mapper.toProperties(entry)));
        when(nodeService.getChildAssocs(NODE, DkipModel.ASSOC_RUJUKAN_LAIN, RegexQNamePattern.MATCH_ALL)).thenReturn(List.of(
                new ChildAssociationRef(DkipModel.ASSOC_RUJUKAN_LAIN, NODE, EntryNodeMapper.referenceAssocName(1), ref1),
                new ChildAssociationRef(DkipModel.ASSOC_RUJUKAN_LAIN, NODE, EntryNodeMapper.referenceAssocName(2), ref2)));
        when(nodeService.getProperties(ref1)).thenReturn(mapper.toReferenceProperties(entry.otherReferences().get(0)));
        when(nodeService.getProperties(ref2)).thenReturn(mapper.toReferenceProperties(entry.otherReferences().get(1)));

        assertThat(mapper.read(NODE)).isEqualTo(entry);
        assertThat(mapper.readReferences(NODE)).isEqualTo(entry.otherReferences());
    }

    @Test
    @SuppressWarnings("unchecked")
    void writeAddsTheAspectToANewNodeAndReplacesReferences() {
        DkipEntry entry = fullEntry();
        NodeRef old = new NodeRef("workspace://SpacesStore/old-ref");
        when(nodeService.hasAspect(NODE, DkipModel.ASPECT_DIKECUALIKAN)).thenReturn(false);
        when(nodeService.getChildAssocs(NODE, DkipModel.ASSOC_RUJUKAN_LAIN, RegexQNamePattern.MATCH_ALL)).thenReturn(List.of(
                new ChildAssociationRef(DkipModel.ASSOC_RUJUKAN_LAIN, NODE, EntryNodeMapper.referenceAssocName(1), old)));

        mapper.write(NODE, entry);

        ArgumentCaptor<Map<QName, Serializable>> props = ArgumentCaptor.forClass(Map.class);
        InOrder order = inOrder(nodeService);
        order.verify(nodeService).addAspect(eq(NODE), eq(DkipModel.ASPECT_DIKECUALIKAN), props.capture());
        order.verify(nodeService).deleteNode(old);
        order.verify(nodeService).createNode(NODE, DkipModel.ASSOC_RUJUKAN_LAIN, EntryNodeMapper.referenceAssocName(1),
                DkipModel.TYPE_RUJUKAN_HUKUM, mapper.toReferenceProperties(entry.otherReferences().get(0)));
        order.verify(nodeService).createNode(NODE, DkipModel.ASSOC_RUJUKAN_LAIN, EntryNodeMapper.referenceAssocName(2),
                DkipModel.TYPE_RUJUKAN_HUKUM, mapper.toReferenceProperties(entry.otherReferences().get(1)));
        verify(nodeService, never()).addProperties(any(), any());
        assertThat(props.getValue()).isEqualTo(mapper.toProperties(entry));
    }

    @Test
    void writeUpdatesPropertiesWhenTheAspectIsPresent() {
        DkipEntry entry = fullEntry().toBuilder().otherReferences(List.of()).build();
        when(nodeService.hasAspect(NODE, DkipModel.ASPECT_DIKECUALIKAN)).thenReturn(true);
        when(nodeService.getChildAssocs(NODE, DkipModel.ASSOC_RUJUKAN_LAIN, RegexQNamePattern.MATCH_ALL)).thenReturn(List.of());

        mapper.write(NODE, entry);

        verify(nodeService).addProperties(NODE, mapper.toProperties(entry));
        verify(nodeService, never()).addAspect(any(), any(), any());
        verify(nodeService, never()).createNode(any(), any(), any(), any(), any());
    }

    @Test
    void startupFailsWithoutNodeServiceAndOnAnUnknownZone() {
        EntryNodeMapper bare = new EntryNodeMapper();
        assertThatThrownBy(bare::afterPropertiesSet).isInstanceOf(IllegalStateException.class).hasMessageContaining("nodeService");
        assertThatThrownBy(() -> bare.setTimeZone("Asia/Atlantis")).isInstanceOf(RuntimeException.class);
        bare.setTimeZone("");
        assertThat(bare.getZone()).isEqualTo(ZoneId.systemDefault());
        bare.setTimeZone("Asia/Makassar");
        assertThat(bare.getZone()).isEqualTo(ZoneId.of("Asia/Makassar"));
    }
}
