package id.dkip.alfresco.model;

import id.dkip.core.legal.ExemptionPeriod;
import id.dkip.core.legal.LegalReference;
import id.dkip.core.legal.SecurityLevel;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.EntryStatus;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.namespace.RegexQNamePattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Maps the {@code dkip:dikecualikan} aspect of a node (its properties and its {@code dkip:rujukanHukum} children under
 * {@code dkip:rujukanLain}) to a core {@link DkipEntry} and back. Pure mapping: no validation, no dates computed, no
 * permissions; callers decide what to do with an entry (bean {@code dkip.model.entryMapper}).
 *
 * <p>Value conventions, the same in both directions:
 * <ul>
 *   <li>dates ({@code d:date}) are {@link java.util.Date} at the start of the day in the configured time zone
 *       ({@code dkip.timeZone}, default Asia/Jakarta; blank: the server's). When reading, a value is taken to the
 *       nearest midnight in that zone, so a date saved by a browser in another zone (midnight WIB is 17:00 UTC the day before) reads
 *       back as the day the user chose;</li>
 *   <li>grounds ({@code dkip:dasarPasal17}, multi-valued) are an {@link ArrayList} of Pasal 17 codes;</li>
 *   <li>{@link SecurityLevel}, {@link EntryStatus} and {@link ExemptionPeriod.Kind} are stored as the values of the
 *       model's LIST constraints ({@link SecurityLevel#modelValue()}, {@link EntryStatus#modelValue()},
 *       {@link #periodKindValue(ExemptionPeriod.Kind)}); a value the model does not know reads as null, with a
 *       warning, never as an exception, so one bad row cannot stop a register from loading;</li>
 *   <li>{@link #toProperties(DkipEntry)} returns every property in {@link #ENTRY_PROPERTIES}, null where the entry
 *       has no value, so {@code NodeService.addProperties} writes the whole entry and clears what it lacks.</li>
 * </ul>
 * The entry's {@code id} is the node's {@link NodeRef} as a string; {@code original} (import provenance) is not
 * stored on the node.
 */
public class EntryNodeMapper implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(EntryNodeMapper.class);

    /** Every aspect property an entry maps to, in the order of the content model. */
    public static final Set<QName> ENTRY_PROPERTIES = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(
            DkipModel.PROP_INFORMASI, DkipModel.PROP_DASAR_PASAL17, DkipModel.PROP_DASAR_HUKUM_TEKS,
            DkipModel.PROP_AKIBAT_DIBUKA, DkipModel.PROP_MANFAAT_DITUTUP, DkipModel.PROP_PERTIMBANGAN_PUBLIK,
            DkipModel.PROP_JENIS_JANGKA_WAKTU, DkipModel.PROP_JANGKA_WAKTU_TAHUN, DkipModel.PROP_JANGKA_WAKTU_BULAN,
            DkipModel.PROP_PERISTIWA_AWAL, DkipModel.PROP_JANGKA_WAKTU_SAMPAI,
            DkipModel.PROP_JANGKA_WAKTU_PERISTIWA, DkipModel.PROP_JANGKA_WAKTU_TEKS, DkipModel.PROP_MULAI_BERLAKU,
            DkipModel.PROP_TANGGAL_KEDALUWARSA, DkipModel.PROP_TANGGAL_TINJAU, DkipModel.PROP_TANGGAL_SEMENTARA,
            DkipModel.PROP_TINGKAT_KEAMANAN,
            DkipModel.PROP_UNIT_KODE, DkipModel.PROP_UNIT_NAMA, DkipModel.PROP_PPID_PEMBANTU, DkipModel.PROP_NOMOR_SK,
            DkipModel.PROP_TANGGAL_SK, DkipModel.PROP_STATUS, DkipModel.PROP_PEJABAT_PENETAP,
            DkipModel.PROP_BADAN_PUBLIK, DkipModel.PROP_TEMPAT_PENETAPAN)));

    /** Every property of a {@code dkip:rujukanHukum} node. */
    public static final Set<QName> REFERENCE_PROPERTIES = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(
            DkipModel.PROP_JENIS_PERATURAN, DkipModel.PROP_NOMOR_PERATURAN, DkipModel.PROP_TAHUN_PERATURAN,
            DkipModel.PROP_PASAL, DkipModel.PROP_HURUF, DkipModel.PROP_ANGKA, DkipModel.PROP_TEKS_ASLI)));

    /** Values of the {@code dkip:jenisJangkaWaktu} constraint. */
    public static final String PERIOD_YEARS = "tahun";
    public static final String PERIOD_UNTIL_DATE = "sampaiTanggal";
    public static final String PERIOD_UNTIL_EVENT = "sampaiPeristiwa";
    public static final String PERIOD_PERMANENT = "permanen";
    public static final String PERIOD_UNSPECIFIED = "tidakDitentukan";

    private NodeService nodeService;
    private ZoneId zone = ZoneId.systemDefault();

    public EntryNodeMapper() {
    }

    /** For tests and the node-free uses: a mapper reading and writing dates in {@code zone}. */
    public EntryNodeMapper(NodeService nodeService, ZoneId zone) {
        this.nodeService = nodeService;
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    /** An IANA zone id ("Asia/Jakarta"); blank keeps the server's zone. Fails fast on an unknown id. */
    public void setTimeZone(String timeZone) {
        this.zone = timeZone == null || timeZone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(timeZone.trim());
    }

    public ZoneId getZone() {
        return zone;
    }

    @Override
    public void afterPropertiesSet() {
        if (nodeService == null) {
            throw new IllegalStateException("dkip.model.entryMapper: property 'nodeService' is required (NodeService)");
        }
    }

    // ------------------------------------------------------------------ node-facing

    /** The entry held by a node: its properties and its structured references, in their stored order. */
    public DkipEntry read(NodeRef nodeRef) {
        return toEntry(nodeRef.toString(), nodeService.getProperties(nodeRef), readReferenceProperties(nodeRef));
    }

    /** The structured references ({@code dkip:rujukanLain} children) of a node, in their stored order. */
    public List<LegalReference> readReferences(NodeRef nodeRef) {
        List<LegalReference> out = new ArrayList<>();
        for (Map<QName, Serializable> props : readReferenceProperties(nodeRef)) {
            LegalReference ref = toReference(props);
            if (ref != null) {
                out.add(ref);
            }
        }
        return out;
    }

    /**
     * Writes an entry onto a node: adds {@code dkip:dikecualikan} with the entry's properties if the node lacks it,
     * otherwise sets them; then replaces the node's structured references with the entry's.
     */
    public void write(NodeRef nodeRef, DkipEntry entry) {
        Map<QName, Serializable> props = toProperties(entry);
        if (nodeService.hasAspect(nodeRef, DkipModel.ASPECT_DIKECUALIKAN)) {
            nodeService.addProperties(nodeRef, props);
        } else {
            nodeService.addAspect(nodeRef, DkipModel.ASPECT_DIKECUALIKAN, props);
        }
        writeReferences(nodeRef, entry.otherReferences());
    }

    /**
     * Replaces the node's {@code dkip:rujukanHukum} children with {@code references}, in that order. Idempotent:
     * when the node already holds exactly these references, in this order, nothing is written.
     */
    public void writeReferences(NodeRef nodeRef, List<LegalReference> references) {
        List<ChildAssociationRef> existing = nodeService.getChildAssocs(nodeRef, DkipModel.ASSOC_RUJUKAN_LAIN, RegexQNamePattern.MATCH_ALL);
        List<Map<QName, Serializable>> existingProps = new ArrayList<>();
        for (ChildAssociationRef child : existing) {
            Map<QName, Serializable> props = nodeService.getProperties(child.getChildRef());
            existingProps.add(props == null ? Map.of() : props);
        }
        List<Map<QName, Serializable>> wanted = new ArrayList<>();
        for (LegalReference ref : references) {
            wanted.add(toReferenceProperties(ref));
        }
        if (sameReferences(existingProps, wanted)) {
            return;
        }
        for (ChildAssociationRef child : existing) {
            nodeService.deleteNode(child.getChildRef());
        }
        int n = 0;
        for (LegalReference ref : references) {
            n++;
            nodeService.createNode(nodeRef, DkipModel.ASSOC_RUJUKAN_LAIN, referenceAssocName(n),
                    DkipModel.TYPE_RUJUKAN_HUKUM, toReferenceProperties(ref));
        }
    }

    /** The child-association name of the n-th (1-based) reference: {@code dkip:rujukan-n}. */
    public static QName referenceAssocName(int n) {
        return QName.createQName(DkipModel.URI, "rujukan-" + n);
    }

    /** Same references in the same order, comparing only the reference properties (not sys: or cm: ones). */
    private static boolean sameReferences(List<Map<QName, Serializable>> stored, List<Map<QName, Serializable>> wanted) {
        if (stored.size() != wanted.size()) {
            return false;
        }
        for (int i = 0; i < stored.size(); i++) {
            for (QName q : REFERENCE_PROPERTIES) {
                if (!Objects.equals(stored.get(i).get(q), wanted.get(i).get(q))) {
                    return false;
                }
            }
        }
        return true;
    }

    private List<Map<QName, Serializable>> readReferenceProperties(NodeRef nodeRef) {
        List<Map<QName, Serializable>> out = new ArrayList<>();
        for (ChildAssociationRef child : nodeService.getChildAssocs(nodeRef, DkipModel.ASSOC_RUJUKAN_LAIN, RegexQNamePattern.MATCH_ALL)) {
            out.add(nodeService.getProperties(child.getChildRef()));
        }
        return out;
    }

    // ------------------------------------------------------------------ pure mapping

    /**
     * The entry described by a node's properties and the properties of its {@code dkip:rujukanHukum} children.
     *
     * @param id         the entry id (the node's NodeRef as a string), may be null
     * @param properties the node's properties; properties of other models are ignored
     * @param references the properties of each reference child, in order; may be null
     */
    public DkipEntry toEntry(String id, Map<QName, Serializable> properties, List<Map<QName, Serializable>> references) {
        Map<QName, Serializable> p = properties == null ? Map.of() : properties;
        List<LegalReference> refs = new ArrayList<>();
        if (references != null) {
            for (Map<QName, Serializable> r : references) {
                LegalReference ref = toReference(r);
                if (ref != null) {
                    refs.add(ref);
                }
            }
        }
        return DkipEntry.builder()
                .id(id)
                .unitCode(text(p.get(DkipModel.PROP_UNIT_KODE)))
                .unitName(text(p.get(DkipModel.PROP_UNIT_NAMA)))
                .ppidPembantu(text(p.get(DkipModel.PROP_PPID_PEMBANTU)))
                .information(text(p.get(DkipModel.PROP_INFORMASI)))
                .grounds(texts(p.get(DkipModel.PROP_DASAR_PASAL17)))
                .otherReferences(refs)
                .legalBasisText(text(p.get(DkipModel.PROP_DASAR_HUKUM_TEKS)))
                .consequenceIfOpened(text(p.get(DkipModel.PROP_AKIBAT_DIBUKA)))
                .benefitIfClosed(text(p.get(DkipModel.PROP_MANFAAT_DITUTUP)))
                .publicInterest(text(p.get(DkipModel.PROP_PERTIMBANGAN_PUBLIK)))
                .period(toPeriod(p))
                .periodStart(toLocalDate(p.get(DkipModel.PROP_MULAI_BERLAKU)))
                .expiryDate(toLocalDate(p.get(DkipModel.PROP_TANGGAL_KEDALUWARSA)))
                .reviewDate(toLocalDate(p.get(DkipModel.PROP_TANGGAL_TINJAU)))
                .reviewDateProvisional(Boolean.TRUE.equals(p.get(DkipModel.PROP_TANGGAL_SEMENTARA)))
                .securityLevel(toSecurityLevel(p.get(DkipModel.PROP_TINGKAT_KEAMANAN)))
                .status(toStatus(p.get(DkipModel.PROP_STATUS)))
                .skNumber(text(p.get(DkipModel.PROP_NOMOR_SK)))
                .skDate(toLocalDate(p.get(DkipModel.PROP_TANGGAL_SK)))
                .decidingOfficial(text(p.get(DkipModel.PROP_PEJABAT_PENETAP)))
                .publicBody(text(p.get(DkipModel.PROP_BADAN_PUBLIK)))
                .place(text(p.get(DkipModel.PROP_TEMPAT_PENETAPAN)))
                .build();
    }

    /** {@link #toEntry(String, Map, List)} with the node's NodeRef as the id. */
    public DkipEntry toEntry(NodeRef nodeRef, Map<QName, Serializable> properties, List<Map<QName, Serializable>> references) {
        return toEntry(nodeRef == null ? null : nodeRef.toString(), properties, references);
    }

    /** The aspect properties of an entry: every key of {@link #ENTRY_PROPERTIES}, null where the entry has no value. */
    public Map<QName, Serializable> toProperties(DkipEntry e) {
        Map<QName, Serializable> p = new LinkedHashMap<>();
        p.put(DkipModel.PROP_INFORMASI, e.information());
        p.put(DkipModel.PROP_DASAR_PASAL17, new ArrayList<>(e.grounds()));
        p.put(DkipModel.PROP_DASAR_HUKUM_TEKS, e.legalBasisText());
        p.put(DkipModel.PROP_AKIBAT_DIBUKA, e.consequenceIfOpened());
        p.put(DkipModel.PROP_MANFAAT_DITUTUP, e.benefitIfClosed());
        p.put(DkipModel.PROP_PERTIMBANGAN_PUBLIK, e.publicInterest());
        ExemptionPeriod period = e.period();
        p.put(DkipModel.PROP_JENIS_JANGKA_WAKTU, period == null ? null : periodKindValue(period.kind()));
        // "6 bulan" is 0 years and 6 months: no years stored (dkip:jumlahTahun starts at 1), read back as 0
        p.put(DkipModel.PROP_JANGKA_WAKTU_TAHUN, period == null || zeroYearsWithMonths(period) ? null : period.years());
        p.put(DkipModel.PROP_JANGKA_WAKTU_BULAN, period == null ? null : period.months());
        p.put(DkipModel.PROP_PERISTIWA_AWAL, period == null ? null : period.startEvent());
        p.put(DkipModel.PROP_JANGKA_WAKTU_SAMPAI, period == null ? null : toDate(period.untilDate()));
        p.put(DkipModel.PROP_JANGKA_WAKTU_PERISTIWA, period == null ? null : period.event());
        p.put(DkipModel.PROP_JANGKA_WAKTU_TEKS, period == null ? null : period.original());
        p.put(DkipModel.PROP_MULAI_BERLAKU, toDate(e.periodStart()));
        p.put(DkipModel.PROP_TANGGAL_KEDALUWARSA, toDate(e.expiryDate()));
        p.put(DkipModel.PROP_TANGGAL_TINJAU, toDate(e.reviewDate()));
        p.put(DkipModel.PROP_TANGGAL_SEMENTARA, e.reviewDateProvisional());
        p.put(DkipModel.PROP_TINGKAT_KEAMANAN, e.securityLevel() == null ? null : e.securityLevel().modelValue());
        p.put(DkipModel.PROP_UNIT_KODE, e.unitCode());
        p.put(DkipModel.PROP_UNIT_NAMA, e.unitName());
        p.put(DkipModel.PROP_PPID_PEMBANTU, e.ppidPembantu());
        p.put(DkipModel.PROP_NOMOR_SK, e.skNumber());
        p.put(DkipModel.PROP_TANGGAL_SK, toDate(e.skDate()));
        p.put(DkipModel.PROP_STATUS, e.status().modelValue());
        p.put(DkipModel.PROP_PEJABAT_PENETAP, e.decidingOfficial());
        p.put(DkipModel.PROP_BADAN_PUBLIK, e.publicBody());
        p.put(DkipModel.PROP_TEMPAT_PENETAPAN, e.place());
        return p;
    }

    /** The properties of a {@code dkip:rujukanHukum} node for a reference. */
    public Map<QName, Serializable> toReferenceProperties(LegalReference r) {
        Map<QName, Serializable> p = new LinkedHashMap<>();
        p.put(DkipModel.PROP_JENIS_PERATURAN, r.kind());
        p.put(DkipModel.PROP_NOMOR_PERATURAN, r.number());
        p.put(DkipModel.PROP_TAHUN_PERATURAN, r.year());
        p.put(DkipModel.PROP_PASAL, r.article());
        p.put(DkipModel.PROP_HURUF, r.letter());
        p.put(DkipModel.PROP_ANGKA, r.point());
        p.put(DkipModel.PROP_TEKS_ASLI, r.original());
        return p;
    }

    /** The reference a {@code dkip:rujukanHukum} node holds, or null (logged) when it has no kind of regulation. */
    public LegalReference toReference(Map<QName, Serializable> p) {
        if (p == null) {
            return null;
        }
        String kind = text(p.get(DkipModel.PROP_JENIS_PERATURAN));
        if (kind == null) {
            LOG.warn("Skipping a dkip:rujukanHukum without dkip:jenisPeraturan: {}", p);
            return null;
        }
        return new LegalReference(kind, text(p.get(DkipModel.PROP_NOMOR_PERATURAN)),
                toInteger(p.get(DkipModel.PROP_TAHUN_PERATURAN)), text(p.get(DkipModel.PROP_PASAL)),
                text(p.get(DkipModel.PROP_HURUF)), text(p.get(DkipModel.PROP_ANGKA)), text(p.get(DkipModel.PROP_TEKS_ASLI)));
    }

    /**
     * The period stored in the {@code dkip:jangkaWaktu*} properties, with its months ({@code dkip:jangkaWaktuBulan})
     * and start event ({@code dkip:peristiwaAwal}). When the kind is missing (a Share user filled only the number of
     * years, say) it is read from what is filled: years or months, then a date, then an event; with only the
     * original words it is {@code UNSPECIFIED}; with nothing at all, null.
     */
    public ExemptionPeriod toPeriod(Map<QName, Serializable> p) {
        String kindValue = text(p.get(DkipModel.PROP_JENIS_JANGKA_WAKTU));
        Integer years = toInteger(p.get(DkipModel.PROP_JANGKA_WAKTU_TAHUN));
        Integer months = toInteger(p.get(DkipModel.PROP_JANGKA_WAKTU_BULAN));
        if (months != null && months == 0) {
            months = null;
        }
        String startEvent = text(p.get(DkipModel.PROP_PERISTIWA_AWAL));
        LocalDate until = toLocalDate(p.get(DkipModel.PROP_JANGKA_WAKTU_SAMPAI));
        String event = text(p.get(DkipModel.PROP_JANGKA_WAKTU_PERISTIWA));
        String original = text(p.get(DkipModel.PROP_JANGKA_WAKTU_TEKS));
        ExemptionPeriod.Kind kind = kindValue == null ? null : periodKind(kindValue);
        if (kind == null) {
            if (years != null || months != null) {
                kind = ExemptionPeriod.Kind.YEARS;
            } else if (until != null) {
                kind = ExemptionPeriod.Kind.UNTIL_DATE;
            } else if (event != null) {
                kind = ExemptionPeriod.Kind.UNTIL_EVENT;
            } else if (original != null || kindValue != null) {
                kind = ExemptionPeriod.Kind.UNSPECIFIED;
            } else {
                return null;
            }
        }
        if (kind == ExemptionPeriod.Kind.YEARS && years == null && months != null) {
            years = 0; // as ExemptionPeriod.ofMonths reads "6 bulan"
        }
        return new ExemptionPeriod(kind, years, until, event, original, months, startEvent);
    }

    /** "6 bulan": a duration of months only, which ExemptionPeriod holds as 0 years. */
    private static boolean zeroYearsWithMonths(ExemptionPeriod period) {
        return period.years() != null && period.years() == 0 && period.months() != null;
    }

    /** The {@code dkip:jenisJangkaWaktu} value of a period kind. */
    public static String periodKindValue(ExemptionPeriod.Kind kind) {
        return switch (kind) {
            case YEARS -> PERIOD_YEARS;
            case UNTIL_DATE -> PERIOD_UNTIL_DATE;
            case UNTIL_EVENT -> PERIOD_UNTIL_EVENT;
            case PERMANENT -> PERIOD_PERMANENT;
            case UNSPECIFIED -> PERIOD_UNSPECIFIED;
        };
    }

    /** The period kind of a {@code dkip:jenisJangkaWaktu} value, or null (logged) for an unknown value. */
    public static ExemptionPeriod.Kind periodKind(String value) {
        if (value == null) {
            return null;
        }
        switch (value.trim()) {
            case PERIOD_YEARS: return ExemptionPeriod.Kind.YEARS;
            case PERIOD_UNTIL_DATE: return ExemptionPeriod.Kind.UNTIL_DATE;
            case PERIOD_UNTIL_EVENT: return ExemptionPeriod.Kind.UNTIL_EVENT;
            case PERIOD_PERMANENT: return ExemptionPeriod.Kind.PERMANENT;
            case PERIOD_UNSPECIFIED: return ExemptionPeriod.Kind.UNSPECIFIED;
            default:
                LOG.warn("Unknown dkip:jenisJangkaWaktu value '{}'", value);
                return null;
        }
    }

    /** The security level of a {@code dkip:tingkatKeamanan} value, or null (logged) for an unknown value. */
    public static SecurityLevel toSecurityLevel(Serializable value) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        SecurityLevel level = SecurityLevel.parse(v).orElse(null);
        if (level == null) {
            LOG.warn("Unknown dkip:tingkatKeamanan value '{}'", v);
        }
        return level;
    }

    /** The status of a {@code dkip:status} value, or null (logged) for an unknown value. */
    public static EntryStatus toStatus(Serializable value) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        try {
            return EntryStatus.fromModelValue(v);
        } catch (IllegalArgumentException e) {
            LOG.warn("Unknown dkip:status value '{}'", v);
            return null;
        }
    }

    /** A {@code d:date} value for a day: the start of that day in the mapper's zone. */
    public Date toDate(LocalDate date) {
        return date == null ? null : Date.from(date.atStartOfDay(zone).toInstant());
    }

    /**
     * The day of a {@code d:date} value: a {@link Date} taken to the nearest midnight in the mapper's zone, a
     * {@link LocalDate}, or an ISO-8601 string ("2026-04-28" or "2026-04-28T00:00:00.000+07:00").
     */
    public LocalDate toLocalDate(Serializable value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Date d) {
            return d.toInstant().atZone(zone).plusHours(12).toLocalDate();
        }
        String s = value.toString().trim();
        if (s.isEmpty()) {
            return null;
        }
        try {
            if (s.length() > 10) {
                return ZonedDateTime.parse(s).withZoneSameInstant(zone).plusHours(12).toLocalDate();
            }
            return LocalDate.parse(s);
        } catch (DateTimeParseException ex) {
            try {
                return LocalDate.parse(s.substring(0, Math.min(10, s.length())));
            } catch (DateTimeParseException again) {
                LOG.warn("Unreadable date value '{}'", s);
                return null;
            }
        }
    }

    private static Integer toInteger(Serializable value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            return n.intValue();
        }
        String s = value.toString().trim();
        if (s.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            LOG.warn("Unreadable whole number '{}'", s);
            return null;
        }
    }

    /** A text value, trimmed; blank is null. Multi-valued values are joined by "; ". */
    private static String text(Serializable value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> c) {
            List<String> parts = new ArrayList<>();
            for (Object o : c) {
                if (o != null && !o.toString().isBlank()) {
                    parts.add(o.toString().trim());
                }
            }
            return parts.isEmpty() ? null : String.join("; ", parts);
        }
        String s = value.toString().trim();
        return s.isEmpty() ? null : s;
    }

    /** A multi-valued text value (or a single one) as a list, blanks dropped, each trimmed and lower-cased for codes. */
    private static List<String> texts(Serializable value) {
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        Collection<?> items = value instanceof Collection<?> c ? c : List.of(value);
        for (Object o : items) {
            if (o != null && !o.toString().isBlank()) {
                out.add(o.toString().trim().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
