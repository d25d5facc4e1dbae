package id.dkip.core.legal;

import id.dkip.core.legal.Finding.Severity;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.EntryStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a DKIP entry against UU KIP, PP 61/2010 and PerKI 1/2017 and returns <b>every</b> finding, in a fixed order.
 * Messages come from {@code id/dkip/core/legal/findings(_en).properties}; {@link Finding#code()} is the key.
 *
 * <h2>Severity</h2>
 * {@code ERROR}: the entry breaks a rule of law and cannot be established as it is (no Pasal 17 ground, unknown
 * ground, no consequence test, no public-interest weighing, a permanent or missing period on 17a-17f, a period over
 * the maximum, 17j without its statute, level Biasa/Terbuka on an exempted item, and, once established, a missing
 * field of the Surat Penetapan Klasifikasi). {@code WARNING}: worth the officer's attention but not unlawful in itself
 * (a letter cited without its point, a ground named only in the legal-basis text, sector regulations cited beside
 * no UU KIP ground, unreadable fragments, the Pasal 18(2) notice, a period or level not yet filled in on a
 * proposal).
 *
 * <h2>Status</h2>
 * A proposal ({@code USULAN}) or draft ({@code RANCANGAN}) may still lack what only the decision supplies. The fields
 * of the Surat Penetapan Klasifikasi (PerKI 1/2017 Pasal 4(4)) are required once the entry is established:
 * status {@code DITETAPKAN}, and also {@code DICABUT} and {@code DIBUKA}, which were established before.
 * Pasal 4(4): (a) the kind of information is {@code information} (required at every status); (b) the deciding
 * official {@code decidingOfficial}; (c) {@code publicBody} and the unit {@code unitName}; (d) the period
 * ({@code DKIP-PERIOD-MISSING}, an error once established); (e) the reason naming the statute and the consequence
 * analysis ({@code DKIP-GROUND-*} and {@code DKIP-CONSEQUENCE-MISSING}); (f) {@code place} and {@code skDate}.
 * Checks that only make sense while the item is exempt (level Biasa/Terbuka) are skipped for {@code DICABUT} and
 * {@code DIBUKA}.
 *
 * <h2>Legal basis</h2>
 * The statutes checked are the entry's {@code otherReferences} together with what {@link ReferenceParser} reads from
 * its {@code legalBasisText}; grounds are the entry's {@code grounds} as stored. The Pasal 2(4) weighing counts as
 * present when either {@code publicInterest} or {@code benefitIfClosed} is written (tables put the weighing in a
 * "Manfaat bila ditutup" / "Konsekuensi bagi publik: ditutup" column).
 * <p>
 * Thread-safe.
 */
public final class EntryValidator {

    public static final String GROUND_MISSING = "DKIP-GROUND-MISSING";
    public static final String GROUND_UNKNOWN = "DKIP-GROUND-UNKNOWN";
    public static final String GROUND_IN_TEXT_ONLY = "DKIP-GROUND-IN-TEXT-ONLY";
    public static final String GROUND_POINT_MISSING = "DKIP-GROUND-POINT-MISSING";
    public static final String GROUND_UU_KIP_WITHOUT_PASAL_17 = "DKIP-GROUND-UUKIP-NO-PASAL17";
    public static final String GROUND_SECTOR_ONLY = "DKIP-GROUND-SECTOR-ONLY";
    public static final String GROUND_17J_NO_STATUTE = "DKIP-GROUND-17J-NO-STATUTE";
    public static final String BASIS_UNREADABLE = "DKIP-BASIS-UNREADABLE";
    public static final String INFORMATION_MISSING = "DKIP-INFORMATION-MISSING";
    public static final String CONSEQUENCE_MISSING = "DKIP-CONSEQUENCE-MISSING";
    public static final String PUBLIC_INTEREST_MISSING = "DKIP-PUBLIC-INTEREST-MISSING";
    public static final String PERIOD_MISSING = "DKIP-PERIOD-MISSING";
    public static final String PERIOD_UNREADABLE = "DKIP-PERIOD-UNREADABLE";
    public static final String PERIOD_PERMANENT = "DKIP-PERIOD-PERMANENT";
    public static final String PERIOD_OVER_MAXIMUM = "DKIP-PERIOD-OVER-MAXIMUM";
    public static final String PERIOD_NO_START = "DKIP-PERIOD-NO-START";
    public static final String PASAL_18_NOTICE = "DKIP-PASAL18-CONSENT";
    public static final String SK_OFFICIAL_MISSING = "DKIP-SK-OFFICIAL-MISSING";
    public static final String SK_PUBLIC_BODY_MISSING = "DKIP-SK-PUBLIC-BODY-MISSING";
    public static final String SK_UNIT_MISSING = "DKIP-SK-UNIT-MISSING";
    public static final String SK_PLACE_MISSING = "DKIP-SK-PLACE-MISSING";
    public static final String SK_DATE_MISSING = "DKIP-SK-DATE-MISSING";
    public static final String LEVEL_PUBLIC = "DKIP-LEVEL-PUBLIC";
    public static final String LEVEL_MISSING = "DKIP-LEVEL-MISSING";
    public static final String REGISTER_DUPLICATE = "DKIP-REGISTER-DUPLICATE";
    public static final String GROUND_MISMATCH = "DKIP-GROUND-MISMATCH";
    public static final String GROUND_NOT_SUPPORTED = "DKIP-GROUND-NOT-SUPPORTED";
    public static final String PERIOD_VAGUE = "DKIP-PERIOD-VAGUE";
    public static final String PERIOD_START_EVENT = "DKIP-PERIOD-START-EVENT";

    /** Every code this validator can emit, in check order (each has a message in both bundles). */
    public static final List<String> CODES = List.of(GROUND_MISSING, GROUND_IN_TEXT_ONLY, GROUND_UNKNOWN, GROUND_POINT_MISSING,
            GROUND_UU_KIP_WITHOUT_PASAL_17, GROUND_SECTOR_ONLY, GROUND_17J_NO_STATUTE, GROUND_MISMATCH, GROUND_NOT_SUPPORTED,
            BASIS_UNREADABLE, INFORMATION_MISSING, CONSEQUENCE_MISSING, PUBLIC_INTEREST_MISSING, PERIOD_MISSING,
            PERIOD_VAGUE, PERIOD_UNREADABLE, PERIOD_PERMANENT, PERIOD_OVER_MAXIMUM, PERIOD_START_EVENT, PERIOD_NO_START, PASAL_18_NOTICE, SK_OFFICIAL_MISSING, SK_PUBLIC_BODY_MISSING,
            SK_UNIT_MISSING, SK_PLACE_MISSING, SK_DATE_MISSING, LEVEL_PUBLIC,
            LEVEL_MISSING, REGISTER_DUPLICATE);

    /** Statuses at which the entry has been established by a decision. */
    private static final Set<EntryStatus> ESTABLISHED = EnumSet.of(EntryStatus.DITETAPKAN, EntryStatus.DICABUT, EntryStatus.DIBUKA);
    /** Statuses at which the item is (or is about to be) exempt. */
    private static final Set<EntryStatus> EXEMPT = EnumSet.of(EntryStatus.USULAN, EntryStatus.RANCANGAN, EntryStatus.DITETAPKAN);
    /** Kinds of regulation that are statutes (Undang-Undang) for 17j. */
    private static final Set<String> STATUTE_KINDS = Set.of("UU", "PERPPU");

    private final LegalCatalogue catalogue;
    private final ReferenceParser referenceParser;
    private final MaximumPeriods maximumPeriods;
    private final GroundConsistency consistency = GroundConsistency.standard();

    public EntryValidator(LegalCatalogue catalogue, ReferenceParser referenceParser, MaximumPeriods maximumPeriods) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.referenceParser = Objects.requireNonNull(referenceParser, "referenceParser");
        this.maximumPeriods = Objects.requireNonNull(maximumPeriods, "maximumPeriods");
    }

    /** The validator with the bundled catalogue and the verified maximum (17a: 30 years). */
    public static EntryValidator standard() {
        LegalCatalogue catalogue = LegalCatalogue.standard();
        return new EntryValidator(catalogue, new ReferenceParser(catalogue), MaximumPeriods.standard());
    }

    public LegalCatalogue catalogue() {
        return catalogue;
    }

    public MaximumPeriods maximumPeriods() {
        return maximumPeriods;
    }

    /** Every finding on one entry; empty when it is in order. */
    public List<Finding> validate(DkipEntry entry) {
        Objects.requireNonNull(entry, "entry");
        Ctx c = new Ctx(entry);
        checkGrounds(c);
        checkContent(c);
        checkPeriod(c);
        checkDecision(c);
        checkLevel(c);
        return List.copyOf(c.findings);
    }

    /**
     * Every finding on every entry, in the entries' order, then the register-wide ones (the same information listed
     * twice for one unit).
     */
    public List<Finding> validateAll(Collection<DkipEntry> entries) {
        List<Finding> all = new ArrayList<>();
        for (DkipEntry e : entries) {
            all.addAll(validate(e));
        }
        all.addAll(registerFindings(entries));
        return all;
    }

    /**
     * Only the register-wide findings: an entry whose information a unit already listed ({@link DkipEntry#duplicateKey}),
     * for callers that validate the entries one by one themselves.
     */
    public List<Finding> registerFindings(Collection<DkipEntry> entries) {
        Map<String, DkipEntry> seen = new HashMap<>();
        List<Finding> register = new ArrayList<>();
        for (DkipEntry e : entries) {
            if (!blank(e.information())) {
                DkipEntry first = seen.putIfAbsent(DkipEntry.duplicateKey(e.unitCode(), e.information()), e);
                if (first != null) {
                    register.add(new Finding(REGISTER_DUPLICATE, Severity.WARNING, "information", e.id(),
                            List.of(e.information().trim(), Objects.toString(first.id(), "?"))));
                }
            }
        }
        return register;
    }

    private final class Ctx {
        final DkipEntry e;
        final List<Finding> findings = new ArrayList<>();
        final List<LegalReference> refs = new ArrayList<>();
        final List<String> unreadable;
        final List<String> textGrounds;
        final boolean established;

        Ctx(DkipEntry e) {
            this.e = e;
            this.refs.addAll(e.otherReferences());
            ParsedLegalBasis parsed = referenceParser.parse(e.legalBasisText());
            for (LegalReference r : parsed.otherReferences()) {
                if (refs.stream().noneMatch(x -> sameStatute(x, r) && Objects.equals(x.article(), r.article())
                        && Objects.equals(x.letter(), r.letter()) && Objects.equals(x.point(), r.point()))) {
                    refs.add(r);
                }
            }
            this.unreadable = parsed.unreadable();
            this.textGrounds = parsed.grounds();
            this.established = ESTABLISHED.contains(e.status());
        }

        void add(String code, Severity severity, String field, String... args) {
            findings.add(new Finding(code, severity, field, e.id(), List.of(args)));
        }

        void suggest(String code, Severity severity, String field, String suggestion, String... args) {
            findings.add(new Finding(code, severity, field, e.id(), List.of(args), suggestion));
        }
    }

    private void checkGrounds(Ctx c) {
        List<String> grounds = c.e.grounds();
        boolean anyKnown = false;
        if (grounds.isEmpty()) {
            c.add(GROUND_MISSING, Severity.ERROR, "grounds");
            if (!c.textGrounds.isEmpty()) {
                // the "Dasar Hukum" text names a ground the entry does not carry: a form or import left it behind
                c.add(GROUND_IN_TEXT_ONLY, Severity.WARNING, "grounds", String.join(", ", c.textGrounds));
            }
        }
        for (String g : grounds) {
            Optional<Pasal17Ground> ground = catalogue.ground(g);
            if (ground.isEmpty()) {
                c.add(GROUND_UNKNOWN, Severity.ERROR, "grounds", String.valueOf(g));
                continue;
            }
            anyKnown = true;
            if (catalogue.lacksPoint(g)) {
                String points = catalogue.points(g).stream().map(Pasal17Ground::code).collect(Collectors.joining(", "));
                c.add(GROUND_POINT_MISSING, Severity.WARNING, "grounds", ground.get().code(), points);
            }
        }
        if (!anyKnown && c.textGrounds.isEmpty()) {
            if (c.refs.stream().anyMatch(LegalReference::isUuKip)) {
                c.add(GROUND_UU_KIP_WITHOUT_PASAL_17, Severity.WARNING, "legalBasisText");
            }
            List<String> sector = c.refs.stream().filter(r -> !r.isUuKip()).map(LegalReference::display).distinct().toList();
            if (!sector.isEmpty()) {
                c.add(GROUND_SECTOR_ONLY, Severity.WARNING, "legalBasisText", String.join("; ", sector));
            }
        }
        boolean cites17j = grounds.stream().anyMatch(g -> catalogue.isKnown(g) && catalogue.requiresStatute(g));
        if (cites17j) {
            boolean statute = c.refs.stream().anyMatch(r -> !r.isUuKip() && STATUTE_KINDS.contains(r.kind().toUpperCase(Locale.ROOT)));
            if (!statute) {
                List<String> lower = c.refs.stream().filter(r -> !r.isUuKip()).map(LegalReference::display).distinct().toList();
                c.add(GROUND_17J_NO_STATUTE, Severity.ERROR, "otherReferences", lower.isEmpty() ? "-" : String.join("; ", lower));
            }
        }
        checkConsistency(c);
        if (!c.unreadable.isEmpty()) {
            // one finding per row, however many fragments a quoted statute text leaves
            c.add(BASIS_UNREADABLE, Severity.WARNING, "legalBasisText", String.join("\" ; \"", c.unreadable));
        }
    }

    /** Grounds the row's own words point away from (see {@link GroundConsistency}). */
    private void checkConsistency(Ctx c) {
        List<String> known = c.e.grounds().stream().filter(catalogue::isKnown).map(LegalCatalogue::normalise).toList();
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        texts.put("legalBasisText", c.e.legalBasisText());
        texts.put("information", c.e.information());
        texts.put("consequenceIfOpened", c.e.consequenceIfOpened());
        texts.put("benefitIfClosed", c.e.benefitIfClosed());
        texts.put("publicInterest", c.e.publicInterest());
        texts.put("period", c.e.period() == null ? null : c.e.period().original());
        GroundConsistency.Verdict v = consistency.check(known, texts);
        for (GroundConsistency.Mismatch m : v.mismatches()) {
            c.suggest(GROUND_MISMATCH, Severity.WARNING, "grounds", m.suggested(), m.cited(), m.words(), m.suggested(),
                    catalogue.ground(m.suggested()).map(Pasal17Ground::descriptionId).orElse(m.suggested()));
        }
        for (String g : v.unsupported()) {
            c.suggest(GROUND_NOT_SUPPORTED, Severity.WARNING, "grounds", "grounds", g,
                    catalogue.ground(g).map(Pasal17Ground::descriptionId).orElse(g));
        }
    }

    private void checkContent(Ctx c) {
        if (blank(c.e.information())) {
            c.add(INFORMATION_MISSING, Severity.ERROR, "information");
        }
        if (blank(c.e.consequenceIfOpened())) {
            c.add(CONSEQUENCE_MISSING, Severity.ERROR, "consequenceIfOpened");
        }
        if (blank(c.e.publicInterest()) && blank(c.e.benefitIfClosed())) {
            c.add(PUBLIC_INTEREST_MISSING, Severity.ERROR, "publicInterest");
        }
    }

    private void checkPeriod(Ctx c) {
        ExemptionPeriod p = c.e.period();
        List<String> notPermanent = c.e.grounds().stream()
                .filter(g -> catalogue.isKnown(g) && !catalogue.allowsPermanent(g))
                .map(LegalCatalogue::normalise).distinct().toList();
        String pasal20 = String.join(", ", notPermanent);
        ExemptionPeriod.Kind kind = p == null ? ExemptionPeriod.Kind.UNSPECIFIED : p.kind();
        String original = p == null || p.original() == null ? "" : p.original().strip();
        switch (kind) {
            case UNSPECIFIED -> {
                Severity s = !notPermanent.isEmpty() || c.established ? Severity.ERROR : Severity.WARNING;
                if (original.isEmpty()) {
                    c.add(PERIOD_MISSING, s, "period", notPermanent.isEmpty() ? "-" : pasal20);
                } else if (PeriodParser.isVague(original)) {
                    c.suggest(PERIOD_VAGUE, s, "period", "period", original);
                } else {
                    c.add(PERIOD_UNREADABLE, s, "period", original);
                }
            }
            case PERMANENT -> {
                if (!notPermanent.isEmpty()) {
                    c.add(PERIOD_PERMANENT, Severity.ERROR, "period", original, pasal20);
                }
            }
            case YEARS, UNTIL_DATE -> checkMaximum(c, p);
            default -> { }
        }
        if (kind == ExemptionPeriod.Kind.YEARS && p.startEvent() != null && c.e.periodStart() == null) {
            // "5 tahun setelah keputusan disiplin": the expiry is the event's date + N, not the SK date + N
            c.suggest(PERIOD_START_EVENT, Severity.WARNING, "periodStart", "periodStart", durationText(p), p.startEvent());
        }
        // the Pasal 18(2) notice is for rows that say nothing of consent; "Permanen atau terbuka apabila mendapat
        // persetujuan tertulis ..." already does
        boolean consentWritten = mentionsConsent(original) || mentionsConsent(c.e.consequenceIfOpened())
                || mentionsConsent(c.e.legalBasisText());
        if (!consentWritten && (kind == ExemptionPeriod.Kind.YEARS || kind == ExemptionPeriod.Kind.UNTIL_DATE || kind == ExemptionPeriod.Kind.PERMANENT)) {
            c.e.grounds().stream().filter(g -> catalogue.isKnown(g) && catalogue.endsOnConsentOrPublicOffice(g))
                    .map(LegalCatalogue::normalise).distinct()
                    .forEach(g -> c.add(PASAL_18_NOTICE, Severity.WARNING, "period", g));
        }
    }

    private void checkMaximum(Ctx c, ExemptionPeriod p) {
        LocalDate start = ExemptionDates.start(c.e).orElse(null);
        for (String g : c.e.grounds()) {
            if (!catalogue.isKnown(g)) {
                continue;
            }
            Optional<Integer> max = maximumPeriods.maximumYears(g);
            if (max.isEmpty()) {
                continue;
            }
            String code = LegalCatalogue.normalise(g);
            if (p.kind() == ExemptionPeriod.Kind.YEARS) {
                if (p.totalMonths() != null && p.totalMonths() > max.get() * 12) {
                    c.add(PERIOD_OVER_MAXIMUM, Severity.ERROR, "period", durationYears(p), code, max.get() + "");
                }
            } else if (start == null) {
                if (c.established) {
                    c.add(PERIOD_NO_START, Severity.WARNING, "periodStart", code, max.get() + "");
                }
            } else if (p.untilDate().isAfter(start.plusYears(max.get()))) {
                long years = java.time.temporal.ChronoUnit.YEARS.between(start, p.untilDate());
                c.add(PERIOD_OVER_MAXIMUM, Severity.ERROR, "period", "> " + years, code, max.get() + "");
            }
        }
    }

    private static boolean mentionsConsent(String text) {
        return text != null && text.toLowerCase(Locale.ROOT).contains("persetujuan");
    }

    /** "5 tahun", "6 bulan", "1 tahun 6 bulan". */
    private static String durationText(ExemptionPeriod p) {
        int years = p.years() == null ? 0 : p.years();
        int months = p.months() == null ? 0 : p.months();
        return (years > 0 ? years + " tahun" : "") + (years > 0 && months > 0 ? " " : "") + (months > 0 ? months + " bulan" : "");
    }

    /** The duration in years for the maximum's message: "35", or "30,5" with months. */
    private static String durationYears(ExemptionPeriod p) {
        int m = p.totalMonths();
        return m % 12 == 0 ? Integer.toString(m / 12) : String.format(Locale.ROOT, "%.1f", m / 12.0).replace('.', ',');
    }

    private void checkDecision(Ctx c) {
        if (!c.established) {
            return;
        }
        if (blank(c.e.decidingOfficial())) {
            c.add(SK_OFFICIAL_MISSING, Severity.ERROR, "decidingOfficial");
        }
        if (blank(c.e.publicBody())) {
            c.add(SK_PUBLIC_BODY_MISSING, Severity.ERROR, "publicBody");
        }
        if (blank(c.e.unitName()) && blank(c.e.unitCode())) {
            c.add(SK_UNIT_MISSING, Severity.ERROR, "unitName");
        }
        if (blank(c.e.place())) {
            c.add(SK_PLACE_MISSING, Severity.ERROR, "place");
        }
        if (c.e.skDate() == null) {
            c.add(SK_DATE_MISSING, Severity.ERROR, "skDate");
        }
    }

    private void checkLevel(Ctx c) {
        if (!EXEMPT.contains(c.e.status())) {
            return;
        }
        SecurityLevel level = c.e.securityLevel();
        if (level == null) {
            c.add(LEVEL_MISSING, c.established ? Severity.ERROR : Severity.WARNING, "securityLevel");
        } else if (level.isPublic()) {
            c.add(LEVEL_PUBLIC, Severity.ERROR, "securityLevel", level.modelValue());
        }
    }

    private static boolean sameStatute(LegalReference a, LegalReference b) {
        return a.kind().equalsIgnoreCase(b.kind()) && Objects.equals(a.number(), b.number()) && Objects.equals(a.year(), b.year());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
