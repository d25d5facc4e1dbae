package id.dkip.core.register;

import java.util.Objects;

/**
 * A unit of work (unit kerja / SKPD) that holds information, with the group of its PPID Pembantu.
 *
 * @param code              short code, e.g. "YANKES"; also the suffix of the unit's Alfresco site and groups
 * @param name              full name, e.g. "Bidang Pelayanan Kesehatan"
 * @param ppidPembantuGroup the group whose members act as the unit's PPID Pembantu (e.g. "GROUP_DKIP_PPID_YANKES")
 */
public record Unit(String code, String name, String ppidPembantuGroup) {
    public Unit {
        Objects.requireNonNull(code, "code");
    }
}
