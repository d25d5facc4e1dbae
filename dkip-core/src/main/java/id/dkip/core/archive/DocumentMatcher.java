package id.dkip.core.archive;

import id.dkip.core.register.DkipEntry;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Proposes the DKIP entry a dropped document belongs to, from its name and metadata. Scores each established
 * entry of the unit by the words its "informasi" shares with the document (how much of the entry's description
 * the document covers, and how much of the document's words are about the entry); a decree number or entry id
 * written in the file name is decisive. A match is accepted only when it is confident: the best score reaches
 * {@code minScore} and leads the runner-up by {@code minMargin}. Otherwise the result waits, with the reason and
 * the candidates, for an officer to choose.
 */
public final class DocumentMatcher {

    /** Words that say nothing about which information a document holds. */
    private static final Set<String> STOPWORDS = Set.of(
            "dan", "yang", "di", "ke", "dari", "untuk", "atau", "pada", "dengan", "dalam", "oleh", "atas", "tentang",
            "the", "of", "and", "for", "scan", "salinan", "copy", "final", "draft", "dokumen", "file", "doc", "docx",
            "pdf", "xlsx", "xls", "jpg", "png", "tahun", "no", "nomor");
    private static final int MAX_CANDIDATES = 5;

    private final double minScore;
    private final double minMargin;

    public DocumentMatcher(double minScore, double minMargin) {
        if (minScore <= 0 || minScore > 1 || minMargin < 0 || minMargin >= 1) {
            throw new IllegalArgumentException("minScore must be in (0,1], minMargin in [0,1)");
        }
        this.minScore = minScore;
        this.minMargin = minMargin;
    }

    /** Defaults: a match needs a score of 0.6 and a lead of 0.15 over the next entry. */
    public static DocumentMatcher standard() {
        return new DocumentMatcher(0.6, 0.15);
    }

    public MatchResult match(DocumentFacts document, Collection<DkipEntry> entries) {
        if (entries == null || entries.isEmpty()) {
            return new MatchResult(null, List.of(), MatchResult.NO_CANDIDATES, List.of());
        }
        String text = document.text();
        Set<String> docTokens = tokens(text);
        String compact = compact(text);
        List<MatchResult.Candidate> scored = new ArrayList<>();
        for (DkipEntry entry : entries) {
            double score = score(docTokens, compact, entry);
            if (score > 0) {
                scored.add(new MatchResult.Candidate(entry, score));
            }
        }
        scored.sort(Comparator.comparingDouble(MatchResult.Candidate::score).reversed()
                .thenComparing(c -> c.entry().id() == null ? "" : c.entry().id()));
        List<MatchResult.Candidate> top = scored.subList(0, Math.min(MAX_CANDIDATES, scored.size()));
        if (top.isEmpty()) {
            return new MatchResult(null, List.of(), MatchResult.NO_MATCH, List.of(safe(document.name())));
        }
        MatchResult.Candidate best = top.get(0);
        if (best.score() < minScore) {
            String all = top.stream().map(MatchResult.Candidate::label).collect(Collectors.joining("; "));
            return new MatchResult(null, top, MatchResult.LOW_CONFIDENCE,
                    List.of(all, String.format(Locale.ROOT, "%.2f", minScore)));
        }
        if (top.size() > 1 && best.score() - top.get(1).score() < minMargin) {
            String close = top.stream().filter(c -> best.score() - c.score() < minMargin)
                    .map(MatchResult.Candidate::label).collect(Collectors.joining("; "));
            return new MatchResult(null, top, MatchResult.AMBIGUOUS, List.of(close));
        }
        return new MatchResult(best.entry(), top, null, List.of());
    }

    private double score(Set<String> docTokens, String compactDoc, DkipEntry entry) {
        if (mentions(compactDoc, entry.skNumber()) || mentions(compactDoc, entry.id())) {
            return 1.0;
        }
        Set<String> entryTokens = tokens(entry.information());
        if (entryTokens.isEmpty() || docTokens.isEmpty()) {
            return 0;
        }
        long shared = entryTokens.stream().filter(t -> docTokens.stream().anyMatch(d -> same(d, t))).count();
        double coverage = (double) shared / entryTokens.size();
        double precision = (double) shared / docTokens.size();
        return 0.7 * coverage + 0.3 * precision;
    }

    /** A decree number or id counts only when long enough not to occur by chance ("12" would). */
    private static boolean mentions(String compactDoc, String identifier) {
        String id = compact(identifier);
        return id.length() >= 6 && compactDoc.contains(id);
    }

    /** Equal, or one a prefix of the other for words of five letters or more ("pasien"/"pasiennya"). */
    private static boolean same(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        return Math.min(a.length(), b.length()) >= 5 && (a.startsWith(b) || b.startsWith(a));
    }

    static Set<String> tokens(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) {
            return out;
        }
        String spaced = fold(text).replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        for (String t : spaced.split("[^a-z0-9]+")) {
            if (t.length() >= 3 && !STOPWORDS.contains(t) && !t.chars().allMatch(Character::isDigit)) {
                out.add(t);
            }
        }
        return out;
    }

    private static String compact(String text) {
        return text == null ? "" : fold(text).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static String safe(String s) {
        return s == null ? "" : s;
    }
}
