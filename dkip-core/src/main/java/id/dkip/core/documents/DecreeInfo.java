package id.dkip.core.documents;

import java.time.LocalDate;

/**
 * Number and date of the decree (SK) establishing the DKIP.
 *
 * @param number         the decree number, e.g. {@code 050/3953-Sekret/IV/2021}; null for a draft (left blank to
 *                       be filled in when signed); see {@link AgencyProfile#decreeNumber(int, LocalDate)}
 * @param date           the date it is (to be) established ("Ditetapkan di ... pada tanggal ...")
 * @param previousNumber the decree this one amends (new information after establishment), or null
 */
public record DecreeInfo(String number, LocalDate date, String previousNumber) {
}
