package id.dkip.core.process;

import java.util.Locale;

/**
 * The six steps of SOP 050/3953-Sekret/IV/2021 "Penyusunan DKIP", with the role that acts in each and the SOP's
 * time in working days. The times are defaults: {@link StepDurations} reads the configured ones.
 */
public enum SopStep {
    /** 1. Usulan klasifikasi: each unit's PPID Pembantu proposes its exempted information (1-3 days). */
    USULAN(1, Role.PPID_PEMBANTU, 1, 3),
    /** 2. Susun rancangan DKIP: the Pengelola Data merges and checks the proposals (1-3 days). */
    RANCANGAN(2, Role.PENGELOLA_DATA, 1, 3),
    /** 3. Rapat Tim PPID Pembantu: the meeting decides each entry; quorum floor(n/2)+1 (1 day). */
    RAPAT(3, Role.TIM_PPID_PEMBANTU, 1, 1),
    /** 4. Tetapkan DKIP: the Atasan PPID signs the Berita Acara and the SK (1-3 days). */
    PENETAPAN(4, Role.ATASAN_PPID, 1, 3),
    /** 5. Sampaikan SK: each unit's PPID Pembantu acknowledges the SK and the DKIP (1 day). */
    PENYAMPAIAN(5, Role.PPID_PEMBANTU, 1, 1),
    /** 6. Dokumentasikan: each unit's PPID Pembantu files its exempted documents (1-3 days). */
    DOKUMENTASI(6, Role.PPID_PEMBANTU, 1, 3);

    /** The four roles ("Pelaksana") of the SOP. */
    public enum Role { PENGELOLA_DATA, PPID_PEMBANTU, TIM_PPID_PEMBANTU, ATASAN_PPID }

    private final int number;
    private final Role role;
    private final int defaultMinDays;
    private final int defaultMaxDays;

    SopStep(int number, Role role, int defaultMinDays, int defaultMaxDays) {
        this.number = number;
        this.role = role;
        this.defaultMinDays = defaultMinDays;
        this.defaultMaxDays = defaultMaxDays;
    }

    public int number() {
        return number;
    }

    public Role role() {
        return role;
    }

    public int defaultMinDays() {
        return defaultMinDays;
    }

    public int defaultMaxDays() {
        return defaultMaxDays;
    }

    /** Lower-case key used in configuration keys, variable names and activity ids ("usulan", "rapat"...). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SopStep ofKey(String key) {
        return valueOf(key.trim().toUpperCase(Locale.ROOT));
    }

    public static SopStep ofNumber(int number) {
        for (SopStep s : values()) {
            if (s.number == number) {
                return s;
            }
        }
        throw new IllegalArgumentException("No SOP step " + number);
    }
}
