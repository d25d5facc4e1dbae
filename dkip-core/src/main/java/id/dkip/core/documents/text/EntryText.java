package id.dkip.core.documents.text;

import id.dkip.core.legal.ExemptionPeriod;
import id.dkip.core.legal.LegalReference;
import id.dkip.core.legal.ParsedLegalBasis;
import id.dkip.core.legal.ReferenceParser;
import id.dkip.core.register.DkipEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How an entry's structured fields read in documents and exports. */
public final class EntryText {
    private static final Pattern GROUND = Pattern.compile("17([a-j])(\\d*)");
    private static final Set<String> LOWER_WORDS = Set.of("yang", "di", "dan", "ke", "dari", "untuk", "pada",
            "tentang", "dalam", "atas", "bagi", "oleh", "atau", "dengan");

    private EntryText() {
    }

    /** "17h2" to "Pasal 17 huruf h angka 2"; anything else as written. */
    public static String ground(String code) {
        Matcher m = GROUND.matcher(code == null ? "" : code.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return code;
        }
        return "Pasal 17 huruf " + m.group(1) + (m.group(2).isEmpty() ? "" : " angka " + m.group(2));
    }

    /**
     * The legal basis: the UU KIP grounds ("UU 14/2008 Pasal 17 huruf h angka 2"), the other statutes, then every
     * fragment of the written text that could not be read, as written (a citation is never dropped from a decree's
     * LAMPIRAN because the parser did not understand it), separated by "; "; when nothing was parsed, the text as
     * written.
     */
    public static String legalBasis(DkipEntry e) {
        List<String> parts = new ArrayList<>();
        for (String g : e.grounds()) {
            parts.add("UU 14/2008 " + ground(g));
        }
        for (LegalReference r : e.otherReferences()) {
            parts.add(r.display());
        }
        if (parts.isEmpty()) {
            return nz(e.legalBasisText());
        }
        if (e.legalBasisText() != null && !e.legalBasisText().isBlank()) {
            ParsedLegalBasis parsed = Parser.INSTANCE.parse(e.legalBasisText());
            List<String> leftOver = new ArrayList<>(parsed.unreadable());
            leftOver.addAll(parsed.notes());
            for (String fragment : leftOver) {
                if (!fragment.isBlank() && !parts.contains(fragment.trim())) {
                    parts.add(fragment.trim());
                }
            }
        }
        return String.join("; ", parts);
    }

    /** The bundled catalogue's parser, made on first use. */
    private static final class Parser {
        static final ReferenceParser INSTANCE = new ReferenceParser();
    }

    /** The UU KIP grounds only, in general terms ("UU 14/2008 Pasal 17 huruf h angka 2"). */
    public static String grounds(DkipEntry e) {
        return String.join("; ", e.grounds().stream().map(g -> "UU 14/2008 " + ground(g)).toList());
    }

    /** The other statutes only. */
    public static String otherReferences(DkipEntry e) {
        return String.join("; ", e.otherReferences().stream().map(LegalReference::display).toList());
    }

    /** The period in the words it was written in, else rendered from its kind; with the expiry date when known. */
    public static String period(DkipEntry e) {
        ExemptionPeriod p = e.period();
        String text;
        if (p == null) {
            text = "";
        } else if (p.original() != null && !p.original().isBlank()) {
            text = p.original().trim();
        } else {
            text = switch (p.kind()) {
                case YEARS -> p.years() + " tahun";
                case UNTIL_DATE -> "sampai dengan " + IndonesianDates.format(p.untilDate());
                case UNTIL_EVENT -> nz(p.event());
                case PERMANENT -> "Permanen";
                case UNSPECIFIED -> "";
            };
        }
        if (e.expiryDate() != null && (p == null || p.kind() != ExemptionPeriod.Kind.UNTIL_DATE)) {
            text = (text.isEmpty() ? "" : text + " ") + "(s.d. " + IndonesianDates.format(e.expiryDate()) + ")";
        }
        return text.isEmpty() ? "-" : text;
    }

    /** "KEPALA DINAS KESEHATAN KOTA TANGERANG" to "Kepala Dinas Kesehatan Kota Tangerang" (small words kept low). */
    public static String titleCase(String upper) {
        if (upper == null) {
            return "";
        }
        String[] words = upper.toLowerCase(Locale.ROOT).split(" ");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i > 0) {
                sb.append(' ');
            }
            if (w.isEmpty() || (i > 0 && LOWER_WORDS.contains(w))) {
                sb.append(w);
            } else {
                sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return sb.toString();
    }

    /** "5 (lima)". */
    public static String countInWords(int n) {
        return n + " (" + NumberWords.of(n) + ")";
    }

    public static String nz(String s) {
        return s == null ? "" : s;
    }
}
