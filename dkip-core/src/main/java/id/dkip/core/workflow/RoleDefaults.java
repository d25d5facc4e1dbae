package id.dkip.core.workflow;

/**
 * The groups used when the start form leaves a role empty (configuration dkip.workflow.group.*).
 *
 * @param pengelolaGroup Pengelola Data, Dokumentasi dan Informasi Publik
 * @param timGroup       Tim PPID Pembantu
 * @param atasanGroup    Atasan PPID
 */
public record RoleDefaults(String pengelolaGroup, String timGroup, String atasanGroup) {

    public static RoleDefaults standard() {
        return new RoleDefaults("GROUP_DKIP_PENGELOLA_DATA", "GROUP_DKIP_TIM_PPID_PEMBANTU", "GROUP_DKIP_ATASAN_PPID");
    }
}
