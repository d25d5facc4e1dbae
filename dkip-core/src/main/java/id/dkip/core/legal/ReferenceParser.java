package id.dkip.core.legal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the "Dasar Hukum" cell of a DKIP table the ways real tables write it:
 * <pre>
 * UU No. 14 Tahun 2008 Pasal 17 huruf h angka 2      Ps. 17 (h) (2)        17 h.2        17h2
 * Pasal 17 huruf h                                    UU 14/2008            UU KIP
 * Undang-Undang Nomor 14 Tahun 2008 tentang KIP       UU 44/2009 Pasal 32 huruf i
 * Permenkes 269/2008 Pasal 10                         Perda 12/2010 Pasal 7c, 8b
 * Pasal 32 huruf i UU 44/2009                         Permenkes No. 269/MENKES/PER/III/2008
 * </pre>
 * Several references are separated by ";", new lines or commas. UU KIP Pasal 17 references become ground codes
 * ("17h2"); a bare "Pasal 17 ..." with no statute is read as UU KIP (in a DKIP nothing else is meant). Every other
 * statute becomes a {@link LegalReference} (kind, number, year, article, letter, point) keeping the words of its
 * segment. Whatever cannot be read, including Pasal 17 letters or points that do not exist, is returned in
 * {@link ParsedLegalBasis#unreadable()}: never dropped silently.
 * <p>
 * Conventions: a lower-case letter glued to an article number ("Pasal 7c") is a letter (huruf); an upper-case one
 * ("Pasal 28F") is part of the article number (an inserted article). "ayat (n)" is kept in the article
 * ("2 ayat (4)"). Stateless and thread-safe.
 */
public final class ReferenceParser {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Long and short names of regulation kinds, longest first, and the short kind they map to. */
    private static final String[][] KINDS = {
            {"peraturan\\s+pemerintah\\s+pengganti\\s+undang[-\\s]?undang|perppu", "Perppu"},
            {"undang\\s*-?\\s*undang(?:\\s+republik\\s+indonesia)?|uu(?:\\s*ri)?", "UU"},
            {"peraturan\\s+pemerintah|pp", "PP"},
            {"peraturan\\s+presiden|perpres", "Perpres"},
            {"keputusan\\s+presiden|keppres", "Keppres"},
            {"instruksi\\s+presiden|inpres", "Inpres"},
            {"peraturan\\s+menteri\\s+kesehatan|permenkes|pmk", "Permenkes"},
            {"keputusan\\s+menteri\\s+kesehatan|kepmenkes|kmk", "Kepmenkes"},
            {"peraturan\\s+menteri\\s+dalam\\s+negeri|permendagri", "Permendagri"},
            {"peraturan\\s+komisi\\s+informasi(?:\\s+pusat)?|perki|peraturan\\s+ki", "PerKI"},
            {"peraturan\\s+kepala\\s+arsip\\s+nasional(?:\\s+republik\\s+indonesia)?|peraturan\\s+kepala\\s+anri|perka\\s+anri|peraturan\\s+anri", "Perka ANRI"},
            {"peraturan\\s+daerah(?:\\s+(?:provinsi|kabupaten|kota)(?:\\s+[a-z]+){0,2}?)?|perda", "Perda"},
            {"peraturan\\s+gubernur|pergub", "Pergub"},
            {"peraturan\\s+bupati|perbup", "Perbup"},
            {"peraturan\\s+wali\\s?kota|perwal|perwali", "Perwal"},
            {"(?:per|kep)[a-z]{2,14}", null}, // any other short form (Permenpan, Perkap, ...): kept as written
    };

    private static final Pattern HEADER;
    private static final Pattern UU_KIP_BY_NAME = Pattern.compile(
            "\\b(?:uu|undang[-\\s]?undang)\\s+(?:kip|keterbukaan\\s+informasi\\s+publik)\\b", FLAGS);

    static {
        StringBuilder alt = new StringBuilder();
        for (int i = 0; i < KINDS.length; i++) {
            if (i > 0) {
                alt.append('|');
            }
            alt.append("(?<k").append(i).append('>').append(KINDS[i][0]).append(')');
        }
        HEADER = Pattern.compile("\\b(?:" + alt + ")\\.?\\s*(?:(?:no|nomor|nmr|nomer)\\.?\\s*:?\\s*)?"
                + "(?<num>\\d+[a-z]?(?:\\s*/\\s*[a-z][a-z.\\-]*)*)\\s*(?:/|\\btahun\\b|\\bthn\\b\\.?|\\bth\\b\\.?)\\s*(?<year>\\d{4})\\b", FLAGS);
    }

    private static final Pattern SEGMENT_SPLIT = Pattern.compile("[;\\n\\r]+");
    private static final Pattern SEPARATOR = Pattern.compile("(?:[\\s,:&/]+|\\b(?:dan|jo|juncto|serta|atau)\\b\\.?)+", FLAGS);
    private static final Pattern TITLE = Pattern.compile("tentang\\b.*?(?=\\b(?:pasal|psl|ps)\\b\\.?\\s*\\d|$)", FLAGS | Pattern.DOTALL);
    private static final Pattern PAREN = Pattern.compile("\\([^()]*\\)");
    private static final Pattern ARTICLE_KW = Pattern.compile("(?:pasal|psl|ps|pas)\\b\\.?\\s*", FLAGS);
    private static final Pattern NUMBER = Pattern.compile("(\\d+)");
    private static final Pattern AYAT = Pattern.compile("\\s*(?:ayat|ay\\.)\\s*\\(?(\\d+)\\)?", FLAGS);
    private static final Pattern PAREN_NUMBER = Pattern.compile("\\s*\\((\\d+)\\)");
    private static final Pattern LETTER_KW = Pattern.compile("\\s*(?:huruf|hrf\\.?|hur\\.?)\\s*\\(?([a-z])\\)?(?![a-z])", FLAGS);
    private static final Pattern LETTER_PAREN = Pattern.compile("\\s*\\(([a-z])\\)", FLAGS);
    private static final Pattern LETTER_BARE = Pattern.compile("\\s*\\.?\\s*([a-z])(?![a-z])", FLAGS);
    private static final Pattern POINT_KW = Pattern.compile("\\s*(?:angka|ang\\.|butir|nomor|no\\.)\\s*\\(?(\\d+)\\)?", FLAGS);
    private static final Pattern POINT_BARE = Pattern.compile("\\s*\\.\\s*(\\d+)|(\\d+)", FLAGS);
    private static final Pattern CONT_LETTER = Pattern.compile("(?:huruf\\s*)?\\(?([a-z])\\)?(?![a-z0-9])", FLAGS);

    private final LegalCatalogue catalogue;

    public ReferenceParser() {
        this(LegalCatalogue.standard());
    }

    public ReferenceParser(LegalCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /**
     * Longest piece of text parsed as one citation. A real citation ("Undang-Undang Nomor 14 Tahun 2008 tentang
     * Keterbukaan Informasi Publik Pasal 17 huruf h angka 2 dan ...") is far shorter; longer segments (quoted
     * statute text, pasted paragraphs) are cut at commas, else at spaces, into pieces of at most this length. Each
     * piece costs a bounded amount of work, so a cell is parsed in time linear in its length.
     */
    public static final int MAX_SEGMENT_CHARS = 400;
    /** At most this many unreadable fragments are kept per cell (each cut to {@link #MAX_FRAGMENT_CHARS}). */
    public static final int MAX_UNREADABLE = 20;
    static final int MAX_FRAGMENT_CHARS = 200;

    /** Parses one cell; never throws, never returns null. Linear in the cell's length. */
    public ParsedLegalBasis parse(String text) {
        Set<String> grounds = new LinkedHashSet<>();
        Set<LegalReference> refs = new LinkedHashSet<>();
        Set<String> unreadable = new LinkedHashSet<>();
        Set<String> notes = new LinkedHashSet<>();
        if (text != null) {
            for (String rawSegment : SEGMENT_SPLIT.split(text)) {
                for (String piece : pieces(rawSegment)) {
                    String segment = cleanSegment(piece);
                    if (!segment.isEmpty()) {
                        List<String> left = new ArrayList<>();
                        parseSegment(segment, grounds, refs, left);
                        for (String u : left) {
                            Set<String> into = isProse(u) ? notes : unreadable;
                            if (into.size() < MAX_UNREADABLE) {
                                into.add(u.length() > MAX_FRAGMENT_CHARS ? u.substring(0, MAX_FRAGMENT_CHARS) + "\u2026" : u);
                            }
                        }
                    }
                }
            }
        }
        return new ParsedLegalBasis(List.copyOf(grounds), List.copyOf(refs), List.copyOf(unreadable), List.copyOf(notes),
                text);
    }

    /** Words a citation starts with: a kind of regulation, or a position in one. */
    private static final Pattern CITATION_START = Pattern.compile(
            "^(?:uud|uu|undang|perppu|peraturan|pp|perpres|keppres|inpres|perm[a-z]*|kep[a-z]*|perda|perki|perka|pergub|perbup|perwal[a-z]*|qanun|pasal|psl|ps|ayat|huruf|angka)\\b", FLAGS);

    /**
     * Explanations and quoted statute text beside the citation ("Berdasarkan matriks uji konsekuensi ...", "yang
     * berbunyi: memorandum atau surat-surat ...", "riwayat dan kondisi anggota keluarga"): four or more words that do
     * not start like a citation. They are not citations, so not reported as unreadable ones; they are kept as the
     * result's notes, which documents reprint.
     */
    static boolean isProse(String fragment) {
        String f = fragment.strip();
        return SPACES.split(f).length >= 4 && !CITATION_START.matcher(f).find();
    }

    /** A segment cut into pieces of at most {@link #MAX_SEGMENT_CHARS}: at commas where possible, else at spaces. */
    static List<String> pieces(String segment) {
        if (segment.length() <= MAX_SEGMENT_CHARS) {
            return List.of(segment);
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = segment.length();
        while (start < n) {
            int end = Math.min(n, start + MAX_SEGMENT_CHARS);
            if (end < n) {
                int cut = segment.lastIndexOf(',', end - 1);
                if (cut <= start) {
                    cut = segment.lastIndexOf(' ', end - 1);
                }
                if (cut > start) {
                    end = cut + 1;
                }
            }
            out.add(segment.substring(start, end));
            start = end;
        }
        return out;
    }

    private static final Pattern BULLET = Pattern.compile("^(?:[-\u2022*\u2013\u00b7]|\\d{1,2}[.)](?!\\d)|[a-z][.)](?=\\s))\\s*");
    private static final Pattern EDGES = Pattern.compile("^[\\s,.;:]+|[\\s,;:]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ONLY_TENTANG = Pattern.compile("\\s*tentang\\s*", FLAGS);

    /** Strips list bullets and numbering ("1.", "a)", "-", "\u2022") and surrounding punctuation. */
    private static String cleanSegment(String s) {
        String t = s.strip();
        t = BULLET.matcher(t).replaceFirst("");
        t = EDGES.matcher(t).replaceAll("");
        return SPACES.matcher(t).replaceAll(" ");
    }

    /** A regulation found in a segment. */
    private record Header(String kind, String number, Integer year, int start, int end) {
        boolean isUuKip() {
            return "UU".equals(kind) && "14".equals(number) && Integer.valueOf(2008).equals(year);
        }
    }

    /** One article position read from the text. */
    private record Article(String article, String letter, String point, boolean explicitPoint) {
    }

    private void parseSegment(String segment, Set<String> grounds, Set<LegalReference> refs, List<String> unreadable) {
        List<Header> headers = findHeaders(segment);
        if (headers.isEmpty()) {
            List<Article> arts = new ArrayList<>();
            String left = scanArticles(segment, arts, true);
            if (!arts.isEmpty() && arts.stream().allMatch(a -> "17".equals(a.article()))) {
                emit(new Header("UU", "14", 2008, 0, 0), arts, segment, grounds, refs, unreadable);
            } else if (!arts.isEmpty()) {
                unreadable.add(segment); // articles with no statute named
                return;
            }
            if (left != null || arts.isEmpty()) {
                unreadable.add(left != null ? left : segment);
            }
            return;
        }
        // text before the first statute: "Pasal 32 huruf i UU 44/2009" attaches to it; otherwise a bare Pasal 17
        String prefix = segment.substring(0, headers.get(0).start());
        List<Article> prefixArticles = new ArrayList<>();
        if (!prefix.isBlank()) {
            String left = scanArticles(prefix, prefixArticles, true);
            if (left != null) {
                unreadable.add(left);
            }
        }
        List<Article> carried = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            Header h = headers.get(i);
            int tailEnd = i + 1 < headers.size() ? headers.get(i + 1).start() : segment.length();
            String tail = segment.substring(h.end(), tailEnd);
            List<Article> arts = new ArrayList<>(carried);
            carried.clear();
            if (i + 1 < headers.size()) {
                // "UU KIP jo. Pasal 57 ayat (1) UU 36/2009": articles after a separator and right before the next
                // statute belong to it
                int split = carryOverStart(tail);
                if (split >= 0) {
                    String left = scanArticles(tail.substring(split), carried, false);
                    if (left == null) {
                        tail = tail.substring(0, split);
                    } else {
                        carried.clear();
                    }
                }
            }
            if (i == 0 && !prefixArticles.isEmpty()) {
                // "Pasal 32 huruf i UU 44/2009": only blanks between the articles and the statute
                String lead = prefix.strip().toLowerCase(Locale.ROOT);
                boolean adjacent = !lead.endsWith(",") && !lead.endsWith(" dan") && !lead.endsWith("&");
                if (adjacent) {
                    arts.addAll(prefixArticles);
                } else if (prefixArticles.stream().allMatch(a -> "17".equals(a.article()))) {
                    emit(new Header("UU", "14", 2008, 0, 0), prefixArticles, segment, grounds, refs, unreadable);
                } else {
                    unreadable.add(prefix.strip());
                }
            }
            String left = scanArticles(withoutTitle(tail), arts, false);
            if (left != null) {
                unreadable.add(left);
            }
            emit(h, arts, segment, grounds, refs, unreadable);
        }
    }

    private static final Pattern CARRY = Pattern.compile(
            "(?:,|\\bdan\\b|\\bjo\\b\\.?|\\bjuncto\\b|\\bserta\\b|&)\\s*((?:pasal|psl|ps)\\b[^,;]*?)\\s*$", FLAGS);

    /** Where a trailing "..., Pasal n ..." that belongs to the next statute starts in a tail, or -1. */
    private static int carryOverStart(String tail) {
        Matcher m = CARRY.matcher(tail);
        int found = -1;
        while (m.find()) {
            found = m.start(1);
        }
        return found;
    }

    /**
     * A statute's title written right after its number without "tentang" ("UU 27/2022 Perlindungan Data Pribadi
     * Pasal 4"): words up to the next article, separator, parenthesis or the end.
     */
    private static final Pattern BARE_TITLE = Pattern.compile(
            "^\\s*(?!(?:pasal|psl|ps|pas|huruf|hrf|angka|ayat|dan|jo|juncto|serta|atau|tentang)\\b)\\p{L}[\\p{L}\\-]*(?:\\s+(?!(?:pasal|psl|ps|jo|juncto|dan|serta|atau)\\b)[\\p{L}\\-]+)*", FLAGS);

    private static String withoutTitle(String tail) {
        Matcher m = BARE_TITLE.matcher(tail);
        return m.lookingAt() && m.end() - m.start() > 3 ? tail.substring(m.end()) : tail;
    }

    private static final Pattern IN_TITLE = Pattern.compile(
            "\\s*tentang\\b(?:(?!\\b(?:dan|jo|juncto|serta|pasal|psl|ps)\\b)[^,;&])*", FLAGS);

    private static List<Header> findHeaders(String segment) {
        List<Header> headers = new ArrayList<>();
        Matcher m = HEADER.matcher(segment);
        while (m.find()) {
            String kind = null;
            for (int i = 0; i < KINDS.length; i++) {
                String g = m.group("k" + i);
                if (g != null) {
                    kind = KINDS[i][1] != null ? KINDS[i][1] : capitalise(g);
                    break;
                }
            }
            String number = SPACES.matcher(m.group("num")).replaceAll("");
            headers.add(new Header(kind, number, Integer.valueOf(m.group("year")), m.start(), m.end()));
        }
        Matcher named = UU_KIP_BY_NAME.matcher(segment);
        int numbered = headers.size();
        int before = -1; // the last numbered header starting before the match (headers are in text order)
        while (named.find()) {
            int s = named.start();
            while (before + 1 < numbered && headers.get(before + 1).start() <= s) {
                before++;
            }
            Header prev = before < 0 ? null : headers.get(before);
            boolean inside = prev != null && s < prev.end();
            // "UU KIP" right after "UU 14/2008 tentang": part of that header's title, not a second statute
            boolean title = prev != null && prev.end() <= s && ONLY_TENTANG.matcher(segment).region(prev.end(), s).matches();
            if (!inside && !title) {
                headers.add(new Header("UU", "14", 2008, s, named.end()));
            }
        }
        headers.sort((a, b) -> Integer.compare(a.start(), b.start()));
        // "PP 61/2010 tentang Pelaksanaan UU No. 14 Tahun 2008": a statute named inside another's title is not cited
        List<Header> cited = new ArrayList<>();
        for (Header h : headers) {
            if (!cited.isEmpty()) {
                Header prev = cited.get(cited.size() - 1);
                String between = segment.substring(prev.end(), h.start());
                if (IN_TITLE.matcher(between).matches()) {
                    cited.set(cited.size() - 1, new Header(prev.kind(), prev.number(), prev.year(), prev.start(), h.end()));
                    continue;
                }
            }
            cited.add(h);
        }
        return cited;
    }

    private static String capitalise(String s) {
        String t = SPACES.matcher(s).replaceAll(" ");
        return Character.toUpperCase(t.charAt(0)) + t.substring(1).toLowerCase(Locale.ROOT);
    }

    /**
     * Reads article positions from {@code text} into {@code out}. Returns null when everything was read, else the
     * text from the first fragment it could not read. {@code bare} allows an article without "Pasal" at the start
     * ("17 h.2").
     */
    private static String scanArticles(String text, List<Article> out, boolean bare) {
        int pos = 0;
        int n = text.length();
        boolean first = true;
        while (true) {
            pos = skip(SEPARATOR, text, pos);
            if (pos >= n) {
                return null;
            }
            Matcher t = TITLE.matcher(text).region(pos, n);
            if (t.lookingAt()) {
                pos = t.end();
                continue;
            }
            Matcher kw = ARTICLE_KW.matcher(text).region(pos, n);
            if (kw.lookingAt()) {
                int[] next = {kw.end()};
                Article a = readArticle(text, next);
                if (a == null) {
                    return text.substring(pos).strip();
                }
                out.add(a);
                pos = next[0];
                first = false;
                continue;
            }
            if (!out.isEmpty()) {
                Article last = out.get(out.size() - 1);
                Matcher num = NUMBER.matcher(text).region(pos, n);
                if (num.lookingAt()) {
                    boolean followedByLetter = pos + num.group().length() < n
                            && Character.isLetter(text.charAt(pos + num.group().length()));
                    if (last.explicitPoint() && !followedByLetter) {
                        out.add(new Article(last.article(), last.letter(), num.group(1), true)); // "angka 1, 2"
                        pos = num.end();
                        continue;
                    }
                    int[] next = {pos};
                    Article a = readArticle(text, next);
                    if (a != null) {
                        out.add(a); // "Pasal 7c, 8b"
                        pos = next[0];
                        continue;
                    }
                }
                Matcher cl = CONT_LETTER.matcher(text).region(pos, n);
                if (cl.lookingAt() && last.letter() != null) {
                    int[] next = {cl.end()};
                    String point = readPoint(text, next);
                    out.add(new Article(last.article(), cl.group(1).toLowerCase(Locale.ROOT), point, false)); // "huruf h dan i"
                    pos = next[0];
                    continue;
                }
            } else if (bare && first) {
                int[] next = {pos};
                Article a = readArticle(text, next);
                if (a != null && "17".equals(a.article()) && a.letter() != null) {
                    out.add(a); // "17 h.2"
                    pos = next[0];
                    first = false;
                    continue;
                }
            }
            Matcher p = PAREN.matcher(text).region(pos, n);
            if (p.lookingAt()) {
                pos = p.end(); // "(SPIP)": an explanatory parenthesis
                continue;
            }
            return text.substring(pos).strip();
        }
    }

    private static int skip(Pattern p, String text, int pos) {
        Matcher m = p.matcher(text).region(pos, text.length());
        return m.lookingAt() ? m.end() : pos;
    }

    /** Reads "17 huruf h angka 2", "17 (h) (2)", "17 h.2", "17h2", "7c", "2 ayat (4)", "28F" from next[0]. */
    private static Article readArticle(String text, int[] next) {
        int n = text.length();
        Matcher num = NUMBER.matcher(text).region(next[0], n);
        if (!num.lookingAt()) {
            return null;
        }
        String article = num.group(1);
        int pos = num.end();
        String letter = null;
        // a letter glued to the number: lower-case is a huruf ("7c"), upper-case an inserted article ("28F")
        if (pos < n && Character.isLetter(text.charAt(pos)) && (pos + 1 >= n || !Character.isLetter(text.charAt(pos + 1)))) {
            char c = text.charAt(pos);
            if (Character.isLowerCase(c) || "17".equals(article)) {
                letter = String.valueOf(Character.toLowerCase(c));
            } else {
                article = article + c;
            }
            pos++;
        }
        Matcher ayat = AYAT.matcher(text).region(pos, n);
        if (letter == null && ayat.lookingAt()) {
            article = article + " ayat (" + ayat.group(1) + ")";
            pos = ayat.end();
        } else if (letter == null && !"17".equals(article)) {
            Matcher pn = PAREN_NUMBER.matcher(text).region(pos, n);
            if (pn.lookingAt()) {
                article = article + " ayat (" + pn.group(1) + ")"; // "Pasal 2 (4)"
                pos = pn.end();
            }
        }
        if (letter == null) {
            for (Pattern lp : new Pattern[] {LETTER_KW, LETTER_PAREN, LETTER_BARE}) {
                Matcher lm = lp.matcher(text).region(pos, n);
                if (lm.lookingAt()) {
                    letter = lm.group(1).toLowerCase(Locale.ROOT);
                    pos = lm.end();
                    break;
                }
            }
        }
        String point = null;
        boolean explicit = false;
        if (letter != null) {
            Matcher pk = POINT_KW.matcher(text).region(pos, n);
            if (pk.lookingAt()) {
                point = pk.group(1);
                pos = pk.end();
                explicit = true;
            } else {
                int[] p = {pos};
                point = readPoint(text, p);
                pos = p[0];
            }
        }
        next[0] = pos;
        return new Article(article, letter, point, explicit);
    }

    /** A point after a letter without the word "angka": "(2)", ".2" or glued "2". */
    private static String readPoint(String text, int[] next) {
        int n = text.length();
        Matcher pk = POINT_KW.matcher(text).region(next[0], n);
        if (pk.lookingAt()) {
            next[0] = pk.end();
            return pk.group(1);
        }
        Matcher pp = PAREN_NUMBER.matcher(text).region(next[0], n);
        if (pp.lookingAt()) {
            next[0] = pp.end();
            return pp.group(1);
        }
        Matcher pb = POINT_BARE.matcher(text).region(next[0], n);
        if (pb.lookingAt()) {
            int end = pb.end();
            // "17 h.2" or "h2" but not "h. 2008" (a year) nor "h 2/2009"
            String digits = pb.group(1) != null ? pb.group(1) : pb.group(2);
            boolean looksLikeNumber = digits.length() > 2 || (end < n && (text.charAt(end) == '/' || Character.isLetter(text.charAt(end))));
            if (!looksLikeNumber) {
                next[0] = end;
                return digits;
            }
        }
        return null;
    }

    private void emit(Header h, List<Article> arts, String segment, Set<String> grounds, Set<LegalReference> refs,
                      List<String> unreadable) {
        if (arts.isEmpty()) {
            refs.add(new LegalReference(h.kind(), h.number(), h.year(), null, null, null, segment));
            return;
        }
        for (Article a : arts) {
            if (h.isUuKip() && "17".equals(a.article()) && a.letter() != null) {
                String code = "17" + a.letter() + (a.point() == null ? "" : a.point());
                if (catalogue.isKnown(code)) {
                    grounds.add(code);
                } else {
                    unreadable.add(segment + " [" + code + "]");
                }
            } else {
                refs.add(new LegalReference(h.kind(), h.number(), h.year(), a.article(), a.letter(), a.point(), segment));
            }
        }
    }
}
