package id.dkip.core.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.dkip.core.documents.text.DecreeNumberPattern;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything about an agency that its documents show, replaceable without code: an agency writes an
 * {@code agency.json} with the fields it wants to change; every field it leaves out keeps the built-in default
 * ({@code id/dkip/core/documents/default-agency.json}). Texts may use {@code ${placeholders}} (see
 * {@link id.dkip.core.documents.text.TemplateText}); the placeholders each text may use are listed in the
 * README's documents section.
 *
 * @param name                 the public body, e.g. "Dinas Kesehatan Kota Tangerang" ({@code ${agency}})
 * @param letterhead           kop surat lines, top to bottom (the first lines are the government and the agency)
 * @param letterheadLogo       the emblem printed left of the kop surat (PNG or JPEG): {@code classpath:...} or a file
 *                             path, relative to the agency file's folder; null or empty for none
 * @param issuerTitle          e.g. "KEPALA DINAS KESEHATAN KOTA TANGERANG" ({@code ${issuer}})
 * @param place                where documents are established, e.g. "Tangerang"
 * @param head                 the head of the agency (Atasan PPID), who signs the SK
 * @param ppid                 the PPID official deciding the classification (PerKI 1/2017 Pasal 4(4) b)
 * @param teamName             e.g. "Tim PPID Pembantu Dinas Kesehatan Kota Tangerang" ({@code ${team}})
 * @param decreeSubject        the TENTANG of the SK, in capitals
 * @param blessing             whether the SK carries "DENGAN RAHMAT TUHAN YANG MAHA ESA"
 * @param menimbang            the SK's considerations (lettered a., b., ...)
 * @param mengingat            the SK's legal basis (numbered)
 * @param diktum               the SK's dictums (KESATU, KEDUA, ...); may use {@code ${previousNumber}} only in
 *                             {@code amendmentDiktum}
 * @param amendmentDiktum      inserted before the last dictum when the SK amends a previous one
 * @param tembusan             copies to ("Tembusan disampaikan kepada Yth.:")
 * @param decreeNumberPattern  e.g. "050/{serial}-Sekret/{romanMonth}/{year}" (see {@link DecreeNumberPattern})
 * @param beritaAcaraTitle     title of the Berita Acara
 * @param beritaAcaraOpening   the opening sentence ({@code ${hari} ${tanggal} ${bulan} ${tahun} ${tempat} ${pukul}
 *                             ${team} ${hadir} ${anggota}})
 * @param beritaAcaraClosing   the closing sentence
 * @param numbersInWordsCase   how the date in words is capitalised: "lower" (dua puluh delapan) or "title"
 *                             (Dua Puluh Delapan); day and month names are always capitalised
 * @param timeZone             WIB, WITA or WIT
 * @param page                 paper, font, margins
 * @param example              true for demonstration data (the sample agency): every document is headed "CONTOH"
 *                             so that a demo never yields a signed-looking decree; false for a real agency
 */
public record AgencyProfile(
        String name,
        List<String> letterhead,
        String letterheadLogo,
        String issuerTitle,
        String place,
        Official head,
        Official ppid,
        String teamName,
        String decreeSubject,
        boolean blessing,
        List<String> menimbang,
        List<String> mengingat,
        List<String> diktum,
        String amendmentDiktum,
        List<String> tembusan,
        String decreeNumberPattern,
        String beritaAcaraTitle,
        String beritaAcaraOpening,
        String beritaAcaraClosing,
        String numbersInWordsCase,
        String timeZone,
        PageSettings page,
        boolean example) {

    static final String DEFAULTS = "/id/dkip/core/documents/default-agency.json";
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public AgencyProfile {
        Objects.requireNonNull(name, "name");
        letterhead = letterhead == null ? List.of() : List.copyOf(letterhead);
        menimbang = menimbang == null ? List.of() : List.copyOf(menimbang);
        mengingat = mengingat == null ? List.of() : List.copyOf(mengingat);
        diktum = diktum == null ? List.of() : List.copyOf(diktum);
        tembusan = tembusan == null ? List.of() : List.copyOf(tembusan);
        page = page == null ? PageSettings.defaults() : page;
        timeZone = timeZone == null ? "WIB" : timeZone;
        numbersInWordsCase = numbersInWordsCase == null ? "lower" : numbersInWordsCase;
        if (decreeNumberPattern != null) {
            DecreeNumberPattern.of(decreeNumberPattern); // fail fast on a bad pattern
        }
    }

    /** The built-in profile (generic texts, "Badan Publik" as name): what every agency file is laid over. */
    public static AgencyProfile defaults() {
        return fromTree(defaultsTree());
    }

    /** Reads an agency file, laid over the defaults (objects are merged field by field, lists replaced). */
    public static AgencyProfile fromJson(InputStream in) throws IOException {
        return fromJson(in, null);
    }

    /** As {@link #fromJson(InputStream)}; a relative {@code letterheadLogo} is resolved against {@code baseDir}. */
    public static AgencyProfile fromJson(InputStream in, Path baseDir) throws IOException {
        JsonNode own;
        try {
            own = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw new IOException("Agency profile is not valid JSON: " + e.getOriginalMessage()
                    + locationOf(e), e);
        }
        if (own == null || !own.isObject()) {
            throw new IOException("Agency profile must be a JSON object");
        }
        JsonNode logo = own.get("letterheadLogo");
        if (baseDir != null && logo != null && logo.isTextual() && !logo.asText().isBlank()
                && !logo.asText().startsWith("classpath:") && !Path.of(logo.asText()).isAbsolute()) {
            ((ObjectNode) own).put("letterheadLogo", baseDir.resolve(logo.asText()).toAbsolutePath().toString());
        }
        ObjectNode merged = defaultsTree();
        merge(merged, (ObjectNode) own);
        try {
            return fromTree(merged);
        } catch (IllegalArgumentException e) {
            throw new IOException("Agency profile is invalid: " + e.getMessage(), e);
        }
    }

    public static AgencyProfile fromJson(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return fromJson(in, file.toAbsolutePath().getParent());
        }
    }

    /** The sample agency (Dinas Kesehatan Kota Tangerang), also used by {@code dkip simulate}. */
    public static AgencyProfile sample() {
        try (InputStream in = AgencyProfile.class.getResourceAsStream(id.dkip.core.sample.SampleAgency.AGENCY)) {
            return fromJson(Objects.requireNonNull(in, "sample agency missing"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The decree number for {@code serial} on {@code date} from {@link #decreeNumberPattern()}. */
    public String decreeNumber(int serial, LocalDate date) {
        return DecreeNumberPattern.of(decreeNumberPattern).format(serial, date);
    }

    /** Largest letterhead logo read (an emblem is a few hundred KB at most). */
    public static final int MAX_LOGO_BYTES = 2 * 1024 * 1024;

    /** The logo's bytes, or null when the profile has none; a file over {@link #MAX_LOGO_BYTES} is refused unread. */
    public byte[] letterheadLogoBytes() throws IOException {
        if (letterheadLogo == null || letterheadLogo.isBlank()) {
            return null;
        }
        if (letterheadLogo.startsWith("classpath:")) {
            String resource = letterheadLogo.substring("classpath:".length());
            try (InputStream in = AgencyProfile.class.getResourceAsStream(resource.startsWith("/") ? resource : "/" + resource)) {
                if (in == null) {
                    throw new IOException("letterheadLogo " + letterheadLogo + " not found on the classpath");
                }
                byte[] bytes = in.readNBytes(MAX_LOGO_BYTES + 1);
                if (bytes.length > MAX_LOGO_BYTES) {
                    throw new IOException("letterheadLogo " + letterheadLogo + " is larger than " + MAX_LOGO_BYTES + " bytes");
                }
                return bytes;
            }
        }
        Path file = Path.of(letterheadLogo);
        if (!Files.isRegularFile(file)) {
            throw new IOException("letterheadLogo " + file + " not found");
        }
        if (Files.size(file) > MAX_LOGO_BYTES) {
            throw new IOException("letterheadLogo " + file + " is " + Files.size(file) + " bytes, larger than "
                    + MAX_LOGO_BYTES);
        }
        return Files.readAllBytes(file);
    }

    public boolean titleCaseNumbers() {
        return "title".equalsIgnoreCase(numbersInWordsCase);
    }

    /** An official as a signature block shows them. NIP in any grouping; documents print it grouped. */
    public record Official(String name, String position, String rank, String nip) {
    }

    /**
     * The PPID official as a decree and a register row name the one who decides (PerKI 1/2017 Pasal 4(4) b): name,
     * position and NIP of {@link #ppid()}. One wording for the SK's text and the rows the SK establishes.
     */
    public String ppidIdentity() {
        if (ppid == null) {
            return "";
        }
        List<String> parts = new java.util.ArrayList<>();
        for (String p : new String[]{ppid.name(), ppid.position(),
                ppid.nip() == null || ppid.nip().isBlank() ? null : "NIP. " + id.dkip.core.documents.text.Nip.format(ppid.nip())}) {
            if (p != null && !p.isBlank()) {
                parts.add(p.trim());
            }
        }
        return String.join(", ", parts);
    }

    /**
     * Who decides, for which body and where (PerKI 1/2017 Pasal 4(4) b, c, f), as far as this profile really names
     * them: null for what it leaves empty, and for the built-in profile's generic "Badan Publik", so that a register
     * row never takes a placeholder for a fact.
     */
    public DecisionFacts decisionFacts() {
        boolean namesPpid = ppid != null && ppid.name() != null && !ppid.name().isBlank();
        boolean namesAgency = !name.isBlank() && !name.equals(defaults().name());
        return new DecisionFacts(namesPpid ? ppidIdentity() : null, namesAgency ? name : null,
                place == null || place.isBlank() ? null : place);
    }

    /** @see #decisionFacts() */
    public record DecisionFacts(String decidingOfficial, String publicBody, String place) {
    }

    /**
     * Paper and type. {@code paper} is F4 (215 x 330 mm, "Folio") or A4; margins in millimetres.
     */
    public record PageSettings(String paper, String fontFamily, double fontSize, double marginTopMm,
                               double marginRightMm, double marginBottomMm, double marginLeftMm) {
        public static PageSettings defaults() {
            return new PageSettings("F4", "Arial", 12, 25, 25, 25, 30);
        }

        public double widthMm() {
            return isA4() ? 210 : 215;
        }

        public double heightMm() {
            return isA4() ? 297 : 330;
        }

        private boolean isA4() {
            return "A4".equalsIgnoreCase(paper);
        }
    }

    private static AgencyProfile fromTree(ObjectNode tree) {
        try {
            return MAPPER.treeToValue(tree, AgencyProfile.class);
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException ? e.getCause() : e;
            throw new IllegalArgumentException(cause instanceof JsonProcessingException j ? j.getOriginalMessage()
                    : cause.getMessage(), e);
        }
    }

    private static ObjectNode defaultsTree() {
        try (InputStream in = AgencyProfile.class.getResourceAsStream(DEFAULTS)) {
            return (ObjectNode) MAPPER.readTree(Objects.requireNonNull(in, DEFAULTS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void merge(ObjectNode base, ObjectNode over) {
        Iterator<Map.Entry<String, JsonNode>> it = over.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode existing = base.get(f.getKey());
            if (existing instanceof ObjectNode eo && f.getValue() instanceof ObjectNode fo) {
                merge(eo, fo);
            } else {
                base.set(f.getKey(), f.getValue());
            }
        }
    }

    private static String locationOf(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
    }
}
