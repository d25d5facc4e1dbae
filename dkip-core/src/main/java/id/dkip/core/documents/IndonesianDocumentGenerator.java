package id.dkip.core.documents;

import static id.dkip.core.documents.text.EntryText.countInWords;
import static id.dkip.core.documents.text.EntryText.nz;

import id.dkip.core.documents.AgencyProfile.Official;
import id.dkip.core.documents.MeetingRecord.Attendee;
import id.dkip.core.documents.MeetingRecord.Decision;
import id.dkip.core.documents.layout.DocxRenderer;
import id.dkip.core.documents.layout.Layout;
import id.dkip.core.documents.layout.Layout.Block;
import id.dkip.core.documents.layout.Layout.Grid;
import id.dkip.core.documents.layout.Layout.Labeled;
import id.dkip.core.documents.layout.Layout.Paragraph;
import id.dkip.core.documents.layout.Layout.Section;
import id.dkip.core.documents.layout.Layout.Signature;
import id.dkip.core.documents.layout.Layout.Space;
import id.dkip.core.documents.layout.PdfRenderer;
import id.dkip.core.documents.text.Diktum;
import id.dkip.core.documents.text.EntryText;
import id.dkip.core.documents.text.IndonesianDates;
import id.dkip.core.documents.text.Nip;
import id.dkip.core.documents.text.PersonName;
import id.dkip.core.documents.text.TemplateText;
import id.dkip.core.register.DkipEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The standard {@link DocumentGenerator}: builds each document as a {@link Layout} from the register data and the
 * agency's {@link AgencyProfile}, then renders it as DOCX or PDF. Wording that varies between agencies comes from
 * the profile; the structure (the order of a decree's parts, the columns of the DKIP table) is the one of
 * Indonesian regional-government documents (see the README's documents section).
 */
public final class IndonesianDocumentGenerator implements DocumentGenerator {
    private static final Logger LOG = LoggerFactory.getLogger(IndonesianDocumentGenerator.class);
    static final String BLANK = "..........................";
    static final String NOT_EXEMPTED = "Tidak dikecualikan (ditolak dalam rapat; informasi terbuka)";
    static final List<String> DKIP_HEADER = List.of("No", "Unit Kerja", "Informasi yang Dikecualikan",
            "Dasar Hukum Pengecualian", "Akibat bila Dibuka (Uji Konsekuensi)", "Manfaat bila Ditutup / Pertimbangan Kepentingan Publik",
            "Jangka Waktu Pengecualian");
    private static final float[] DKIP_WIDTHS = {4, 12, 20, 18, 17, 17, 12};

    /** Heading of every section of a draft Berita Acara, SK or consequence sheet. */
    static final String DRAFT_MARK = "RANCANGAN";
    /** Heading of every section of a document of an example agency ({@link AgencyProfile#example()}). */
    static final String EXAMPLE_MARK = "CONTOH - DATA FIKTIF, BUKAN DOKUMEN RESMI";

    private final AgencyProfile agency;
    private final FinalDocumentCheck finalCheck;
    private final Layout.Letterhead letterhead;
    private final DocxRenderer docx = new DocxRenderer();
    private final PdfRenderer pdf = new PdfRenderer();

    /** @throws IllegalArgumentException when the profile names a logo that cannot be read */
    public IndonesianDocumentGenerator(AgencyProfile agency) {
        this(agency, FinalDocumentCheck.standard());
    }

    /** With the check final documents must pass (the host's configured validator). */
    public IndonesianDocumentGenerator(AgencyProfile agency, FinalDocumentCheck finalCheck) {
        this.agency = Objects.requireNonNull(agency, "agency");
        this.finalCheck = Objects.requireNonNull(finalCheck, "finalCheck");
        try {
            this.letterhead = new Layout.Letterhead(agency.letterhead(), agency.letterheadLogoBytes());
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("Agency profile: " + e.getMessage(), e);
        }
    }

    public AgencyProfile agency() {
        return agency;
    }

    @Override
    public GeneratedDocument draftDkip(List<DkipEntry> entries, LocalDate date, DocumentFormat format) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.title("RANCANGAN DAFTAR INFORMASI PUBLIK YANG DIKECUALIKAN"));
        blocks.add(Paragraph.title("DI LINGKUNGAN " + agency.name().toUpperCase(Locale.ROOT)));
        blocks.add(Paragraph.center("Keadaan per " + IndonesianDates.format(date)));
        blocks.add(dkipTable(entries));
        blocks.add(new Paragraph("Jumlah informasi yang dikecualikan: " + countInWords(entries.size()),
                Layout.Align.LEFT, false, false, 1));
        Layout layout = new Layout("Rancangan DKIP " + agency.name(), agency.page(), letterhead,
                marked(List.of(new Section(true, blocks)), DocumentStage.FINAL)); // its title already says RANCANGAN
        return render(DocumentKind.DKIP, layout, date, format);
    }

    @Override
    public GeneratedDocument beritaAcara(List<DkipEntry> entries, MeetingRecord meeting, DocumentStage stage,
                                         DocumentFormat format) {
        finalCheck.require(DocumentKind.BERITA_ACARA, stage, entries, meeting);
        Map<String, String> v = commonValues();
        IndonesianDates.DateInWords words = dateInWords(meeting.date());
        v.put("pembuka", words.opening());
        v.put("hari", words.dayName());
        v.put("tanggal", words.dayOfMonth());
        v.put("bulan", words.month());
        v.put("tahun", words.year());
        v.put("tempat", orBlank(meeting.place()));
        v.put("pukul", startTime(meeting));
        v.put("hadir", countInWords(meeting.presentCount()));
        v.put("anggota", countInWords(meeting.attendees().size()));

        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.title(TemplateText.fill(agency.beritaAcaraTitle(), v)));
        blocks.add(Paragraph.center("Nomor : " + orBlank(meeting.number())));
        blocks.add(Paragraph.text(TemplateText.fill(agency.beritaAcaraOpening(), v)));

        blocks.add(new Paragraph("A. Kehadiran dan Kuorum", Layout.Align.LEFT, true, false, 1));
        boolean quorum = meeting.quorumMet();
        blocks.add(Paragraph.text("Rapat dihadiri oleh " + countInWords(meeting.presentCount()) + " dari "
                + countInWords(meeting.attendees().size()) + " orang anggota Tim. Kuorum sekurang-kurangnya "
                + countInWords(meeting.quorumRequired()) + " orang anggota (50% + 1) "
                + (quorum ? "telah terpenuhi, sehingga rapat sah untuk mengambil keputusan."
                        : "tidak terpenuhi, sehingga rapat tidak dapat mengambil keputusan dan harus dijadwalkan ulang.")));
        List<List<String>> attendance = new ArrayList<>();
        int n = 1;
        for (Attendee a : asOfficials(meeting.attendees())) {
            attendance.add(List.of(Integer.toString(n++), a.name(), orBlank(a.position()),
                    a.present() ? "Hadir" : "Tidak hadir"));
        }
        blocks.add(new Grid(List.of("No", "Nama", "Jabatan", "Kehadiran"), attendance, new float[]{5, 35, 40, 20}, false));

        blocks.add(new Paragraph("B. Keputusan Rapat", Layout.Align.LEFT, true, false, 1));
        if (quorum) {
            blocks.add(Paragraph.text("Terhadap " + countInWords(entries.size())
                    + " informasi dalam Rancangan Daftar Informasi Publik yang Dikecualikan, rapat memutuskan:"));
            List<List<String>> rows = new ArrayList<>();
            n = 1;
            for (DkipEntry e : entries) {
                Decision d = e.id() == null ? null : meeting.decisions().get(e.id());
                String outcome = d == null ? "Belum diputuskan" : d.outcome().label();
                String note = d == null ? "" : join(d.consequenceTestResult(), d.note());
                rows.add(List.of(Integer.toString(n++), nz(e.unitName()), nz(e.information()),
                        EntryText.legalBasis(e), outcome, note));
            }
            blocks.add(new Grid(List.of("No", "Unit Kerja", "Informasi", "Dasar Hukum", "Keputusan Rapat",
                    "Hasil Uji Konsekuensi / Catatan"), rows, new float[]{5, 18, 23, 20, 15, 19}, false));
        } else {
            blocks.add(Paragraph.text("Tidak ada keputusan yang diambil karena kuorum tidak terpenuhi."));
        }
        blocks.add(Paragraph.text(TemplateText.fill(agency.beritaAcaraClosing(), v)));
        blocks.add(new Paragraph(placeOr(agency.place()) + ", " + dateOrBlank(meeting.date()),
                Layout.Align.RIGHT, false, false, 1));
        blocks.add(new Paragraph("Yang hadir dan menandatangani:", Layout.Align.LEFT, false, false, 1));
        blocks.add(signatureTable(asOfficials(meeting.present())));

        Layout layout = new Layout("Berita Acara Rapat " + agency.teamName(), agency.page(), letterhead,
                marked(List.of(new Section(false, blocks)), stage));
        return render(DocumentKind.BERITA_ACARA, layout, meeting.date(), format);
    }

    @Override
    public GeneratedDocument suratKeputusan(List<DkipEntry> entries, DecreeInfo decree, DocumentStage stage,
                                            DocumentFormat format) {
        finalCheck.require(DocumentKind.SURAT_KEPUTUSAN, stage, entries, null);
        Map<String, String> v = commonValues();
        v.put("previousNumber", nz(decree.previousNumber()));
        String number = decree.number() == null || decree.number().isBlank() ? BLANK : decree.number();
        String dateText = decree.date() == null ? BLANK : IndonesianDates.format(decree.date());
        String issuer = agency.issuerTitle();
        String subject = agency.decreeSubject();

        List<Block> main = new ArrayList<>();
        main.add(Paragraph.title("KEPUTUSAN " + issuer));
        main.add(Paragraph.title("NOMOR : " + number));
        main.add(Paragraph.title("TENTANG"));
        main.add(Paragraph.title(subject));
        if (agency.blessing()) {
            main.add(Paragraph.title("DENGAN RAHMAT TUHAN YANG MAHA ESA"));
        }
        main.add(Paragraph.title(issuer + ","));
        main.add(labeled("Menimbang", lettered(agency.menimbang(), v), false));
        main.add(labeled("Mengingat", numbered(agency.mengingat(), v), false));
        main.add(Paragraph.title("MEMUTUSKAN:"));
        List<Labeled.Row> dictums = new ArrayList<>();
        dictums.add(new Labeled.Row("Menetapkan", ":", "",
                "KEPUTUSAN " + issuer + " TENTANG " + subject + ".", true));
        List<String> diktumTexts = new ArrayList<>(agency.diktum());
        if (decree.previousNumber() != null && !decree.previousNumber().isBlank() && agency.amendmentDiktum() != null) {
            diktumTexts.add(Math.max(diktumTexts.size() - 1, 0), agency.amendmentDiktum());
        }
        for (int i = 0; i < diktumTexts.size(); i++) {
            dictums.add(new Labeled.Row(Diktum.word(i + 1), ":", "", TemplateText.fill(diktumTexts.get(i), v), false));
        }
        main.add(new Labeled(dictums, 32));
        main.add(decreeSignature(dateText));
        if (!agency.tembusan().isEmpty()) {
            main.add(new Paragraph("Tembusan disampaikan kepada Yth.:", Layout.Align.LEFT, false, false, 1));
            List<Labeled.Row> rows = new ArrayList<>();
            int n = 1;
            for (String t : agency.tembusan()) {
                rows.add(new Labeled.Row("", "", n++ + ".", TemplateText.fill(t, v), false));
            }
            main.add(new Labeled(rows, 0.1));
        }

        List<Block> annex = new ArrayList<>();
        annex.add(new Labeled(List.of(
                new Labeled.Row("LAMPIRAN", ":", "", "KEPUTUSAN " + issuer, false),
                new Labeled.Row("NOMOR", ":", "", number, false),
                new Labeled.Row("TANGGAL", ":", "", dateText, false),
                new Labeled.Row("TENTANG", ":", "", subject, false)), 30));
        annex.add(Paragraph.title("DAFTAR INFORMASI PUBLIK YANG DIKECUALIKAN"));
        annex.add(Paragraph.title("DI LINGKUNGAN " + agency.name().toUpperCase(Locale.ROOT)));
        annex.add(dkipTable(entries));
        annex.add(decreeSignature(dateText));

        Layout layout = new Layout("Keputusan " + EntryText.titleCase(issuer) + " " + number, agency.page(),
                letterhead, marked(List.of(new Section(false, main), new Section(true, annex)), stage));
        return render(DocumentKind.SURAT_KEPUTUSAN, layout, decree.date(), format);
    }

    @Override
    public GeneratedDocument consequenceSheet(List<DkipEntry> entries, MeetingRecord meeting, DocumentStage stage,
                                              DocumentFormat format) {
        finalCheck.require(DocumentKind.UJI_KONSEKUENSI, stage, entries, meeting);
        IndonesianDates.DateInWords words = dateInWords(meeting.date());
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.title("LEMBAR PENGUJIAN KONSEKUENSI"));
        blocks.add(Paragraph.title("SURAT PENETAPAN KLASIFIKASI INFORMASI PUBLIK YANG DIKECUALIKAN"));
        blocks.add(Paragraph.center("(Peraturan Komisi Informasi Nomor 1 Tahun 2017 Pasal 4 ayat (4))"));
        blocks.add(Paragraph.center("Berita Acara Rapat Nomor : " + orBlank(meeting.number())));
        blocks.add(Paragraph.text(words.opening() + ", bertempat di " + orBlank(meeting.place())
                + ", dimulai " + startTime(meeting)
                + ", Pejabat Pengelola Informasi dan Dokumentasi " + agency.name() + " bersama " + agency.teamName()
                + " telah melakukan pengujian konsekuensi atas informasi publik sebagai berikut:"));
        int n = 1;
        for (DkipEntry e : entries) {
            Decision d = e.id() == null ? null : meeting.decisions().get(e.id());
            boolean rejected = meeting.rejected(e);
            String place = e.place() != null && !e.place().isBlank() ? e.place() : agency.place();
            List<List<String>> rows = List.of(
                    List.of("a. Jenis informasi yang dikecualikan", nz(e.information())),
                    List.of("b. Identitas pejabat PPID yang memutuskan", officialIdentity(e)),
                    List.of("c. Badan publik dan unit kerja pejabat", publicBody(e) + " - "
                            + (e.unitName() != null ? e.unitName() : nz(e.unitCode()))),
                    // a rejected entry is open information: it has no exemption period (PerKI 1/2017 Pasal 4(4) d)
                    List.of("d. Jangka waktu pengecualian", rejected ? NOT_EXEMPTED : EntryText.period(e)),
                    List.of("e. Alasan pengecualian: dasar hukum", EntryText.legalBasis(e)),
                    List.of("e. Alasan pengecualian: uji konsekuensi (akibat bila dibuka)", nz(e.consequenceIfOpened())),
                    List.of("e. Alasan pengecualian: manfaat bila ditutup", nz(e.benefitIfClosed())),
                    List.of("e. Alasan pengecualian: pertimbangan kepentingan publik", nz(e.publicInterest())),
                    List.of("Hasil pengujian", d == null ? "Belum diputuskan"
                            : join(d.outcome().label(), d.consequenceTestResult())),
                    List.of("f. Tempat dan tanggal penetapan", rejected ? "-" : placeOr(place) + ", "
                            + dateOrBlank(e.skDate() != null ? e.skDate() : meeting.date())));
            blocks.add(new Paragraph("Informasi " + n++, Layout.Align.LEFT, true, false, 1));
            blocks.add(new Grid(List.of(), rows, new float[]{35, 65}, true));
        }
        Official head = agency.head();
        blocks.add(Paragraph.text("Penetapan klasifikasi ini dilakukan oleh Pejabat Pengelola Informasi dan Dokumentasi"
                + " dengan persetujuan " + headTitle() + " (Peraturan Komisi Informasi Nomor 1 Tahun 2017 Pasal 4)."));
        blocks.add(Paragraph.text("Demikian hasil pengujian konsekuensi ini dibuat untuk dipergunakan sebagaimana mestinya."));
        Official ppid = agency.ppid();
        blocks.add(new Signature(List.of(placeOr(agency.place()) + ", " + dateOrBlank(meeting.date()),
                nz(ppid.position()) + ","), orBlank(ppid.name()), officialBelow(ppid)));
        blocks.add(new Signature(List.of("Menyetujui,", headTitle() + ","), orBlank(head.name()), officialBelow(head)));
        blocks.add(new Paragraph("Yang hadir dalam pengujian:", Layout.Align.LEFT, false, false, 1));
        blocks.add(signatureTable(asOfficials(meeting.present())));
        Layout layout = new Layout("Lembar Pengujian Konsekuensi " + agency.name(), agency.page(), letterhead,
                marked(List.of(new Section(false, blocks)), stage));
        return render(DocumentKind.UJI_KONSEKUENSI, layout, meeting.date(), format);
    }

    // ---- parts

    /** The DKIP table (draft and annex): every entry, in order. */
    private static Grid dkipTable(List<DkipEntry> entries) {
        List<List<String>> rows = new ArrayList<>(entries.size());
        int n = 1;
        for (DkipEntry e : entries) {
            rows.add(List.of(Integer.toString(n++), nz(e.unitName()), nz(e.information()), EntryText.legalBasis(e),
                    nz(e.consequenceIfOpened()), join(e.benefitIfClosed(), e.publicInterest()), EntryText.period(e)));
        }
        return new Grid(DKIP_HEADER, rows, DKIP_WIDTHS, false);
    }

    private Signature decreeSignature(String dateText) {
        Official head = agency.head();
        return new Signature(List.of("Ditetapkan di " + placeOr(agency.place()), "pada tanggal " + dateText,
                agency.issuerTitle() + ","), nz(head.name()), officialBelow(head));
    }

    private static List<String> officialBelow(Official o) {
        List<String> below = new ArrayList<>();
        if (o.rank() != null && !o.rank().isBlank()) {
            below.add(o.rank());
        }
        if (o.nip() != null && !o.nip().isBlank()) {
            below.add("NIP. " + Nip.format(o.nip()));
        }
        return below;
    }

    private static Grid signatureTable(List<Attendee> present) {
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (Attendee a : present) {
            String dots = n + ". ....................";
            rows.add(List.of(Integer.toString(n), a.name() + (a.nip() == null || a.nip().isBlank() ? ""
                    : "\nNIP. " + Nip.format(a.nip())), orBlank(a.position()), n % 2 == 1 ? dots : "          " + dots));
            n++;
        }
        return new Grid(List.of("No", "Nama", "Jabatan", "Tanda Tangan"), rows, new float[]{5, 38, 32, 25}, false);
    }

    private String officialIdentity(DkipEntry e) {
        return e.decidingOfficial() != null && !e.decidingOfficial().isBlank() ? e.decidingOfficial() : agency.ppidIdentity();
    }

    private String publicBody(DkipEntry e) {
        return e.publicBody() != null && !e.publicBody().isBlank() ? e.publicBody() : agency.name();
    }

    private static Labeled labeled(String label, List<Labeled.Row> items, boolean bold) {
        List<Labeled.Row> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Labeled.Row r = items.get(i);
            rows.add(new Labeled.Row(i == 0 ? label : "", i == 0 ? ":" : "", r.marker(), r.text(), bold));
        }
        return new Labeled(rows, 32);
    }

    private static List<Labeled.Row> lettered(List<String> texts, Map<String, String> v) {
        List<Labeled.Row> rows = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            rows.add(new Labeled.Row("", "", (char) ('a' + i) + ".", TemplateText.fill(texts.get(i), v), false));
        }
        return rows;
    }

    private static List<Labeled.Row> numbered(List<String> texts, Map<String, String> v) {
        List<Labeled.Row> rows = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            rows.add(new Labeled.Row("", "", (i + 1) + ".", TemplateText.fill(texts.get(i), v), false));
        }
        return rows;
    }

    /** The values every agency text may use. */
    private Map<String, String> commonValues() {
        Map<String, String> v = new HashMap<>();
        v.put("agency", agency.name());
        v.put("agencyUpper", agency.name().toUpperCase(Locale.ROOT));
        v.put("issuer", agency.issuerTitle());
        v.put("issuerTitleCase", EntryText.titleCase(agency.issuerTitle()));
        v.put("subject", agency.decreeSubject());
        v.put("subjectTitleCase", EntryText.titleCase(agency.decreeSubject()));
        v.put("place", nz(agency.place()));
        v.put("team", agency.teamName());
        v.put("teamUpper", agency.teamName().toUpperCase(Locale.ROOT));
        return v;
    }

    /**
     * The attendees, each one who is the agency's head or PPID (same name, titles aside) written as the profile
     * writes that official, with the profile's NIP when the attendance has none: one person, one name in all the
     * documents of a run.
     */
    private List<Attendee> asOfficials(List<Attendee> attendees) {
        List<Attendee> out = new ArrayList<>(attendees.size());
        for (Attendee a : attendees) {
            Official o = PersonName.same(a.name(), agency.ppid().name()) ? agency.ppid()
                    : PersonName.same(a.name(), agency.head().name()) ? agency.head() : null;
            out.add(o == null ? a : new Attendee(o.name(), a.position(),
                    a.nip() == null || a.nip().isBlank() ? o.nip() : a.nip(), a.present()));
        }
        return out;
    }

    /** The head of the agency who approves the classification: the position as written, else the issuer's title. */
    private String headTitle() {
        String position = agency.head().position();
        return position == null || position.isBlank() ? EntryText.titleCase(agency.issuerTitle()) : position;
    }

    /** The meeting's own start time ("pukul 10.00 WIB", zone from the profile), or a blank to fill in. */
    private String startTime(MeetingRecord meeting) {
        return meeting.startTime() == null ? "pukul " + BLANK
                : IndonesianDates.time(meeting.startTime(), agency.timeZone());
    }

    private IndonesianDates.DateInWords dateInWords(LocalDate date) {
        return date == null ? new IndonesianDates.DateInWords(BLANK, BLANK, BLANK, BLANK)
                : IndonesianDates.inWords(date, agency.titleCaseNumbers());
    }

    private static String dateOrBlank(LocalDate date) {
        return date == null ? BLANK : IndonesianDates.format(date);
    }

    /** What was recorded, or dots for a person to fill in: never an invented value. */
    private static String orBlank(String value) {
        return value == null || value.isBlank() ? BLANK : value;
    }

    /**
     * Heads every section with "CONTOH ..." for an example agency and "RANCANGAN" for a draft, so that no page of a
     * demo or of a draft can pass for a signed instrument.
     */
    private List<Section> marked(List<Section> sections, DocumentStage stage) {
        List<Paragraph> marks = new ArrayList<>();
        if (agency.example()) {
            marks.add(new Paragraph(EXAMPLE_MARK, Layout.Align.CENTER, true, false, 1.1));
        }
        if (stage == DocumentStage.RANCANGAN) {
            marks.add(new Paragraph(DRAFT_MARK, Layout.Align.CENTER, true, false, 1.3));
        }
        if (marks.isEmpty()) {
            return sections;
        }
        List<Section> out = new ArrayList<>();
        for (Section s : sections) {
            List<Block> blocks = new ArrayList<>(marks);
            blocks.addAll(s.blocks());
            out.add(new Section(s.landscape(), blocks));
        }
        return out;
    }

    private String placeOr(String place) {
        return place == null || place.isBlank() ? (agency.place() == null || agency.place().isBlank() ? BLANK
                : agency.place()) : place;
    }

    private static String join(String a, String b) {
        boolean ha = a != null && !a.isBlank();
        boolean hb = b != null && !b.isBlank();
        return ha && hb ? a.trim() + "\n" + b.trim() : ha ? a.trim() : hb ? b.trim() : "";
    }

    private GeneratedDocument render(DocumentKind kind, Layout layout, LocalDate date, DocumentFormat format) {
        byte[] bytes = format == DocumentFormat.DOCX ? docx.render(layout) : pdf.render(layout);
        String name = kind.fileStem() + (date == null ? "" : "-" + date) + "." + format.extension();
        LOG.debug("Generated {} ({} bytes)", name, bytes.length);
        return new GeneratedDocument(kind, format, name, bytes);
    }
}
