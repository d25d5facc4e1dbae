package id.dkip.core.documents;

import java.util.Arrays;
import java.util.Locale;

/**
 * The official outputs of the SOP. {@link #cliName()} is the name used on the command line
 * ({@code dkip generate sk ...}) and in file names.
 */
public enum DocumentKind {
    /** Rancangan / Daftar Informasi Publik yang Dikecualikan (step 2; the annex of the SK). */
    DKIP("dkip", "daftar-informasi-dikecualikan"),
    /** Berita Acara Rapat Tim PPID Pembantu (step 3). */
    BERITA_ACARA("berita-acara", "berita-acara-rapat"),
    /** Surat Keputusan penetapan DKIP with its LAMPIRAN (steps 3 and 4). */
    SURAT_KEPUTUSAN("sk", "keputusan-penetapan-dkip"),
    /** Lembar Pengujian Konsekuensi / Surat Penetapan Klasifikasi (PerKI 1/2017 Pasal 4(4)). */
    UJI_KONSEKUENSI("uji-konsekuensi", "lembar-uji-konsekuensi");

    private final String cliName;
    private final String fileStem;

    DocumentKind(String cliName, String fileStem) {
        this.cliName = cliName;
        this.fileStem = fileStem;
    }

    public String cliName() {
        return cliName;
    }

    /** The stem of generated file names, e.g. {@code berita-acara-rapat}. */
    public String fileStem() {
        return fileStem;
    }

    /** Accepts the CLI name ("berita-acara") or the enum name, in any case. */
    public static DocumentKind fromCliName(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(k -> k.cliName.equals(n) || k.name().toLowerCase(Locale.ROOT).equals(n))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown document kind '" + name
                        + "'; expected one of dkip, berita-acara, sk, uji-konsekuensi"));
    }
}
