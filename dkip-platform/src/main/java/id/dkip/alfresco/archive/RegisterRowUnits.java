package id.dkip.alfresco.archive;

import id.dkip.core.access.UnitGroups;
import id.dkip.core.access.UnitSites;
import java.util.Locale;
import java.util.Optional;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.site.SiteInfo;
import org.alfresco.service.cmr.site.SiteService;
import org.alfresco.util.PropertyCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * The unit of a register row, decided by the system: the unit of the Share site the row's data list lives in
 * ({@code dkip.access.unitSites}); outside any site (an API or a data list named by the import action) the unit
 * written on the row, but only when it is a known unit. A unit is known when its PPID Pembantu group
 * ({@link UnitGroups}) exists: step 1 goes to that group and step 2 finds the unit's rows by it, so a row of any
 * other unit would drop out of the workflow silently. Refused instead, before anything is stored:
 * a row in a site that is no unit's site, a row without a unit, a unit without an existing group.
 */
public class RegisterRowUnits implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterRowUnits.class);

    /** A row's unit code (capitals) and its PPID Pembantu group. */
    public record RowUnit(String code, String group) {
    }

    private SiteService siteService;
    private AuthorityService authorityService;
    private UnitGroups unitGroups;
    private UnitSites unitSites;

    public void setSiteService(SiteService siteService) {
        this.siteService = siteService;
    }

    public void setAuthorityService(AuthorityService authorityService) {
        this.authorityService = authorityService;
    }

    public void setUnitGroups(UnitGroups unitGroups) {
        this.unitGroups = unitGroups;
    }

    public void setUnitSites(UnitSites unitSites) {
        this.unitSites = unitSites;
    }

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "siteService", siteService);
        PropertyCheck.mandatory(this, "authorityService", authorityService);
        PropertyCheck.mandatory(this, "unitGroups", unitGroups);
        PropertyCheck.mandatory(this, "unitSites", unitSites);
        if (unitSites.isEmpty()) {
            LOG.info("{} is empty: a Share site is a unit's site only when its short name is a unit code whose PPID "
                    + "Pembantu group exists (site 'yankes' for GROUP_DKIP_PPID_YANKES); entries in other sites are "
                    + "refused until the site is mapped (e.g. YANKES=dinkes-yankes;SEKRET=dinkes-sekretariat)", UnitSites.KEY);
        }
    }

    /**
     * @param place     the row, or the data list it goes into
     * @param typedUnit the unit code written on the row (used only outside a site), may be null
     * @throws UnitRefusedException saying why, in Indonesian and English
     */
    public RowUnit resolve(NodeRef place, String typedUnit) {
        SiteInfo site = siteService.getSite(place);
        String code;
        if (site != null) {
            code = unitSites.unitOf(site.getShortName()).or(() -> unitNamedLike(site.getShortName())).orElseThrow(
                    () -> new UnitRefusedException(
                    "Situs '" + site.getShortName() + "' bukan situs unit kerja: entri DKIP hanya dibuat di situs unit "
                            + "(administrator: tambahkan situs ini ke dkip.access.unitSites, atau beri situs nama kode unit "
                            + "yang kelompok PPID Pembantu-nya ada). / Site '" + site.getShortName()
                            + "' is no unit's site: DKIP entries are made in a unit's site (administrator: add it to "
                            + UnitSites.KEY + ", or name the site after a unit code whose PPID Pembantu group exists)."));
        } else if (typedUnit == null || typedUnit.isBlank()) {
            throw new UnitRefusedException("Entri DKIP tanpa unit kerja: isi kode unit (di luar situs unit). "
                    + "/ DKIP entry without a unit: give the unit code (outside a unit's site).");
        } else {
            code = typedUnit.trim().toUpperCase(Locale.ROOT);
        }
        Optional<String> group = unitGroups.groupOf(code).filter(authorityService::authorityExists);
        if (group.isEmpty()) {
            throw new UnitRefusedException("Kode unit '" + code + "' tidak dikenal: kelompok PPID Pembantu-nya ("
                    + unitGroups.groupOf(code).orElse("tidak dikonfigurasi") + ") tidak ada, sehingga usulan tidak akan "
                    + "sampai ke langkah 2. / Unknown unit code '" + code + "': its PPID Pembantu group ("
                    + unitGroups.groupOf(code).orElse("not configured") + ") does not exist, so the proposal would never "
                    + "reach step 2.");
        }
        return new RowUnit(code, group.get());
    }

    /**
     * A site not in {@code dkip.access.unitSites} is a unit's site when its short name is a unit code whose PPID
     * Pembantu group exists (site "yankes", group GROUP_DKIP_PPID_YANKES): installations that name sites after their
     * units need no mapping, and a site no unit's group backs still refuses rows.
     */
    private Optional<String> unitNamedLike(String siteShortName) {
        String code = siteShortName.trim().toUpperCase(Locale.ROOT);
        return unitGroups.groupOf(code).filter(authorityService::authorityExists).map(g -> code);
    }
}
