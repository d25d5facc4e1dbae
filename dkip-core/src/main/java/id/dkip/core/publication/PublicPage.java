package id.dkip.core.publication;

import id.dkip.core.documents.export.PublicView;
import id.dkip.core.publication.PublicationSettings.OptionalColumn;
import id.dkip.core.register.DkipEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything the public page shows, and nothing more: the established entries as {@link PublicEntry} rows (see
 * {@link PublicView} for which entries are published), the choices of the page's filters, the date the list last
 * changed and the agency's settings. Built by the host (the repository's web script, the CLI's publish command)
 * and rendered by {@link PublicPageRenderer}.
 *
 * @param language       "id" or "en"
 * @param entries        published rows in register order
 * @param units          unit names for the filter, sorted
 * @param grounds        ground code to its citation, for the filter, in the statute's order
 * @param years          years of the decrees, for the filter, newest first
 * @param lastChanged    the date the list last changed, formatted ("" when unknown)
 * @param lastChangedIso yyyy-MM-dd or ""
 * @param otherLanguageHref the link of the language switch (the same page in the other language)
 */
public record PublicPage(String language, PublicationSettings settings, List<PublicEntry> entries, List<String> units,
                         Map<String, String> grounds, List<String> years, String lastChanged, String lastChangedIso,
                         String otherLanguageHref) {

    static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /**
     * The page of {@code register}: only entries {@link PublicView#isPublished published} (established), numbered in
     * register order.
     */
    public static PublicPage build(Iterable<DkipEntry> register, PublicationSettings settings, Locale locale,
                                   LocalDate lastChanged, String otherLanguageHref) {
        List<PublicEntry> rows = new ArrayList<>();
        TreeSet<String> units = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        TreeMap<String, String> grounds = new TreeMap<>(PublicPage::compareCodes);
        TreeSet<String> years = new TreeSet<>(java.util.Comparator.reverseOrder());
        for (DkipEntry e : register) {
            if (!PublicView.isPublished(e)) {
                continue;
            }
            PublicEntry row = PublicEntry.of(rows.size() + 1, e, settings, locale);
            rows.add(row);
            if (!row.unit().isBlank()) {
                units.add(row.unit());
            }
            row.grounds().forEach(g -> grounds.put(g.code(), g.citation()));
            if (!row.skYear().isEmpty()) {
                years.add(row.skYear());
            }
        }
        return new PublicPage(isEnglish(locale) ? "en" : "id", settings, List.copyOf(rows), List.copyOf(units),
                java.util.Collections.unmodifiableMap(grounds), List.copyOf(years),
                PublicDates.format(lastChanged, locale), lastChanged == null ? "" : lastChanged.toString(),
                otherLanguageHref == null ? "" : otherLanguageHref);
    }

    /** The optional columns shown, in their fixed order. */
    public List<OptionalColumn> optionalColumns() {
        return List.of(OptionalColumn.values()).stream().filter(settings.publicColumns()::contains).toList();
    }

    /** "17a2" before "17a10" before "17b": by letter, then by point as a number. */
    private static int compareCodes(String a, String b) {
        int c = Character.compare(letter(a), letter(b));
        return c != 0 ? c : Integer.compare(point(a), point(b));
    }

    private static char letter(String code) {
        return code.length() > 2 ? code.charAt(2) : ' ';
    }

    private static int point(String code) {
        try {
            return code.length() > 3 ? Integer.parseInt(code.substring(3)) : 0;
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
