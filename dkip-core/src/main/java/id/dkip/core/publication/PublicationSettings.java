package id.dkip.core.publication;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the agency decides about its public DKIP page (a JSON file; see docs/public-page.md):
 *
 * @param agencyName    the public body's name, shown in the page title
 * @param publicColumns further columns the agency makes public (many agencies publish the consequence of opening);
 *                      none by default
 * @param objection     where and to whom an objection (keberatan) goes: the Atasan PPID's contact
 * @param documents     downloadable documents; only those the PPID marked {@code "public": true} are ever linked
 */
public record PublicationSettings(String agencyName, Set<OptionalColumn> publicColumns, ObjectionContact objection,
                                  List<PublicDocument> documents) {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    /** A link may be an http(s) address or a path on the same site; anything else (javascript:, data:) is refused. */
    private static final Pattern SAFE_HREF = Pattern.compile("(?i)(https?://[^\\s\"'<>]+|[A-Za-z0-9_./~%-][^\\s\"'<>:]*)");

    public PublicationSettings {
        agencyName = agencyName == null ? "" : agencyName.trim();
        publicColumns = publicColumns == null || publicColumns.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(publicColumns));
        objection = objection == null ? new ObjectionContact(null, null, null, null, null) : objection;
        documents = documents == null ? List.of() : List.copyOf(documents);
        checkHref("objection.formUrl", objection.formUrl());
        for (int i = 0; i < documents.size(); i++) {
            PublicDocument d = documents.get(i);
            if (d == null || d.kind() == null || blank(d.href())) {
                throw new IllegalArgumentException("documents[" + i + "]: \"kind\" (sk or ujiKonsekuensi) and \"href\" are required");
            }
            checkHref("documents[" + i + "].href", d.href());
        }
    }

    /** No optional column, no document, no contact: the safe default until the agency configures its page. */
    public static PublicationSettings defaults() {
        return new PublicationSettings(null, null, null, null);
    }

    /** Reads settings JSON; unknown fields and unsafe links are errors naming the field. */
    public static PublicationSettings read(InputStream in) throws IOException {
        try {
            return MAPPER.readValue(in, PublicationSettings.class);
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
            throw new IOException("Invalid publication settings: " + cause.getMessage(), e);
        }
    }

    /** The documents the PPID marked public for a decree number (trimmed, case-insensitive). */
    public List<PublicDocument> documentsOf(String skNumber) {
        if (blank(skNumber)) {
            return List.of();
        }
        String key = skNumber.trim().toLowerCase(Locale.ROOT);
        return documents.stream().filter(PublicDocument::isPublic)
                .filter(d -> d.skNumber() != null && d.skNumber().trim().toLowerCase(Locale.ROOT).equals(key))
                .toList();
    }

    private static void checkHref(String field, String href) {
        if (href != null && !href.isBlank() && !SAFE_HREF.matcher(href.trim()).matches()) {
            throw new IllegalArgumentException(field + ": only http(s) addresses or relative paths are allowed, not \""
                    + href + "\"");
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Columns beyond the fixed public ones, which only the agency's setting makes public. */
    public enum OptionalColumn {
        @com.fasterxml.jackson.annotation.JsonProperty("consequenceIfOpened") CONSEQUENCE_IF_OPENED,
        @com.fasterxml.jackson.annotation.JsonProperty("benefitIfClosed") BENEFIT_IF_CLOSED,
        @com.fasterxml.jackson.annotation.JsonProperty("publicInterest") PUBLIC_INTEREST
    }

    /**
     * The contact for objections (keberatan, PerKI 1/2021): lodged with the Atasan PPID.
     *
     * @param officer title of the Atasan PPID, e.g. "Atasan PPID Dinas Kesehatan Kota Tangerang"
     * @param formUrl the agency's objection form (http(s) or a relative path), optional
     */
    public record ObjectionContact(String officer, String address, String email, String phone, String formUrl) {
        private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

        /** A mailto: link for a well-formed address; "" otherwise (the address is then shown as text only). */
        public String emailHref() {
            return email != null && EMAIL.matcher(email.trim()).matches() ? "mailto:" + email.trim() : "";
        }
    }

    /**
     * A signed document behind the DKIP.
     *
     * @param kind     {@code sk} (the signed decree) or {@code ujiKonsekuensi} (a consequence-test sheet)
     * @param skNumber the decree it belongs to
     * @param title    link text; a default by kind when empty
     * @param href     where to download it
     * @param isPublic whether the PPID marked it public; unmarked documents are never linked
     */
    public record PublicDocument(Kind kind, String skNumber, String title, String href,
                                 @com.fasterxml.jackson.annotation.JsonProperty("public") boolean isPublic) {
        public enum Kind {
            @com.fasterxml.jackson.annotation.JsonProperty("sk") SK,
            @com.fasterxml.jackson.annotation.JsonProperty("ujiKonsekuensi") UJI_KONSEKUENSI
        }
    }
}
