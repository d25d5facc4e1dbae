package id.dkip.core.legal;

import java.util.Locale;

/**
 * One exemption ground of UU 14/2008 Pasal 17: a letter (huruf, {@code 17h}) or one of its points (angka,
 * {@code 17h2}).
 *
 * @param code          "17h2"
 * @param letter        "h"
 * @param point         2, or null for the letter itself
 * @param descriptionId short Indonesian description
 * @param descriptionEn short English description
 */
public record Pasal17Ground(String code, String letter, Integer point, String descriptionId, String descriptionEn) {

    /** True for the letter itself ("17h"), false for a point ("17h2"). */
    public boolean isLetter() {
        return point == null;
    }

    /** The letter's code: "17h" for "17h2" and for "17h". */
    public String letterCode() {
        return "17" + letter;
    }

    /** "Pasal 17 huruf h angka 2", as a decree writes it. */
    public String citation() {
        return "Pasal 17 huruf " + letter + (point == null ? "" : " angka " + point);
    }

    /** Description in the locale's language: English for "en", Indonesian otherwise. */
    public String description(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? descriptionEn : descriptionId;
    }
}
