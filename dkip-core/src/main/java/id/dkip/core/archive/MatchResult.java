package id.dkip.core.archive;

import id.dkip.core.register.DkipEntry;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The outcome of matching a dropped document to the unit's DKIP entries. Either {@link #matched()} with the one
 * confident entry, or waiting with a reason an officer can read (rendered in Indonesian or English from
 * {@code id/dkip/core/archive/archive-messages}) and the scored candidates to choose from. Never a silent guess.
 */
public record MatchResult(DkipEntry entry, List<Candidate> candidates, String reasonCode, List<String> reasonArgs) {

    public static final String BUNDLE = "id.dkip.core.archive.archive-messages";
    public static final String NO_CANDIDATES = "dkip.arsip.cocok.tidakAdaEntri";
    public static final String NO_MATCH = "dkip.arsip.cocok.tidakCocok";
    public static final String LOW_CONFIDENCE = "dkip.arsip.cocok.kurangYakin";
    public static final String AMBIGUOUS = "dkip.arsip.cocok.ganda";

    /** One scored entry; score in [0, 1]. */
    public record Candidate(DkipEntry entry, double score) {
        public String label() {
            String info = entry.information() == null ? "" : entry.information();
            return (entry.id() == null ? "?" : entry.id()) + " \"" + info + "\" (" + String.format(Locale.ROOT, "%.2f", score) + ")";
        }
    }

    public MatchResult {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        reasonArgs = reasonArgs == null ? List.of() : List.copyOf(reasonArgs);
    }

    public boolean matched() {
        return entry != null;
    }

    public Optional<DkipEntry> match() {
        return Optional.ofNullable(entry);
    }

    /** Why the document waits, in the given language; empty when matched. */
    public String reason(Locale locale) {
        if (reasonCode == null) {
            return "";
        }
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(reasonCode), locale).format(reasonArgs.toArray());
    }

    /** The reason in Indonesian, as stored in {@code dkip:alasanMenunggu}. */
    public String reasonId() {
        return reason(Locale.forLanguageTag("id"));
    }
}
