package id.dkip.core.publication;

import id.dkip.core.documents.export.PublicView;
import id.dkip.core.documents.text.EntryText;
import id.dkip.core.legal.ExemptionPeriod;
import id.dkip.core.legal.LegalCatalogue;
import id.dkip.core.legal.Pasal17Ground;
import id.dkip.core.legal.SecurityLevel;
import id.dkip.core.publication.PublicationSettings.OptionalColumn;
import id.dkip.core.publication.PublicationSettings.PublicDocument;
import id.dkip.core.register.DkipEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One row of the public page: a WHITELIST. Each field is copied here by name from an established entry; nothing
 * else of the entry (ids, groups, security level, review date, source cells, analysis the agency keeps internal)
 * can reach the page, because the template only ever sees this record.
 *
 * @param number      position in the published list (1-based)
 * @param information the description as published ({@link PublicView#description})
 * @param unit        the unit's name (its code when the name is missing)
 * @param grounds     the Pasal 17 grounds with their plain-language meaning
 * @param otherLaw    other statutes cited, as citations
 * @param period      the period in its own words
 * @param periodEnd   when the exemption ends: a date, or the event it waits for; "" when not known
 * @param periodEndIso the end date as yyyy-MM-dd for sorting, "" when not a date
 * @param skNumber    the decree's number
 * @param skDate      the decree's date, formatted
 * @param skDateIso   yyyy-MM-dd, "" when unknown
 * @param optional    the values of the agency's optional public columns, in {@link PublicPage#optionalColumns()} order
 * @param documents   the documents of this entry's decree that the PPID marked public
 */
public record PublicEntry(int number, String information, String unit, List<Ground> grounds, String otherLaw,
                          String period, String periodEnd, String periodEndIso, String skNumber, String skDate,
                          String skDateIso, List<String> optional, List<PublicDocument> documents) {

    /** A Pasal 17 ground as the public reads it: "Pasal 17 huruf h angka 2" and what it means. */
    public record Ground(String code, String citation, String meaning) {
    }

    static PublicEntry of(int number, DkipEntry e, PublicationSettings settings, Locale locale) {
        LegalCatalogue catalogue = LegalCatalogue.standard();
        List<Ground> grounds = new ArrayList<>();
        for (String code : e.grounds()) {
            String normal = LegalCatalogue.normalise(code);
            grounds.add(catalogue.ground(normal)
                    .map(g -> new Ground(g.code(), "UU 14/2008 " + g.citation(), meaning(g, catalogue, locale)))
                    .orElse(new Ground(normal, "UU 14/2008 " + EntryText.ground(normal), "")));
        }
        List<String> optional = new ArrayList<>();
        // a Sangat Rahasia entry's analysis may disclose what its description withholds: never published
        boolean withheld = e.securityLevel() == SecurityLevel.SANGAT_RAHASIA;
        for (OptionalColumn c : OptionalColumn.values()) {
            if (!settings.publicColumns().contains(c)) {
                continue;
            }
            if (withheld) {
                optional.add("-");
            } else {
                optional.add(EntryText.nz(switch (c) {
                    case CONSEQUENCE_IF_OPENED -> e.consequenceIfOpened();
                    case BENEFIT_IF_CLOSED -> e.benefitIfClosed();
                    case PUBLIC_INTEREST -> e.publicInterest();
                }));
            }
        }
        LocalDate end = e.expiryDate() != null ? e.expiryDate()
                : e.period() != null && e.period().kind() == ExemptionPeriod.Kind.UNTIL_DATE ? e.period().untilDate() : null;
        String periodEnd = end != null ? PublicDates.format(end, locale)
                : e.period() != null && e.period().isEventBound() ? EntryText.nz(e.period().event()) : "";
        String unit = EntryText.nz(e.unitName()).isBlank() ? EntryText.nz(e.unitCode()) : e.unitName();
        return new PublicEntry(number, PublicView.description(e), unit, List.copyOf(grounds),
                EntryText.otherReferences(e), EntryText.period(e), periodEnd, end == null ? "" : end.toString(),
                EntryText.nz(e.skNumber()), PublicDates.format(e.skDate(), locale),
                e.skDate() == null ? "" : e.skDate().toString(), List.copyOf(optional), settings.documentsOf(e.skNumber()));
    }

    /** The point's meaning, led by its letter's when it has one ("Mengungkap rahasia pribadi: riwayat ..."). */
    private static String meaning(Pasal17Ground g, LegalCatalogue catalogue, Locale locale) {
        if (g.isLetter()) {
            return g.description(locale);
        }
        return catalogue.ground(g.letterCode()).map(l -> l.description(locale) + ": ").orElse("") + g.description(locale);
    }

    /** The ground codes, space-separated, for the page's filter. */
    public String groundCodes() {
        return String.join(" ", grounds.stream().map(Ground::code).toList());
    }

    /** The decree's year, for the page's filter; "" when unknown. */
    public String skYear() {
        return skDateIso.isEmpty() ? "" : skDateIso.substring(0, 4);
    }
}
