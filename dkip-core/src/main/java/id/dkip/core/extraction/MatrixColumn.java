package id.dkip.core.extraction;

import java.util.List;

/**
 * What a column of a DKIP / exempted-information matrix means, with the header words agencies use for it
 * (normalised: lower case, punctuation as spaces). Matching is by meaning: exact or contained synonyms first,
 * then fuzzy (edit distance per word) for typos.
 */
public enum MatrixColumn {
    NUMBER(List.of("no", "nomor", "no urut", "nomor urut", "#")),
    UNIT(List.of("opd", "unit", "unit kerja", "skpd", "satuan kerja", "bidang", "unit pengelola", "perangkat daerah",
            "penanggung jawab", "pejabat yang menguasai informasi", "unit penguasaan informasi", "pengelola informasi")),
    INFORMATION(List.of("informasi", "jenis informasi", "informasi yang dikecualikan", "judul informasi",
            "nama informasi", "ringkasan isi informasi", "informasi dikecualikan", "daftar informasi", "uraian informasi")),
    LEGAL_BASIS(List.of("dasar hukum", "dasar hukum pengecualian", "dasar hukum pengecualian informasi", "landasan hukum",
            "peraturan", "dasar pengecualian", "alasan pengecualian", "pasal", "dasar hukum uu kip")),
    CONSEQUENCE_OPENED(List.of("akibat bila dibuka", "akibat apabila dibuka", "konsekuensi dibuka", "konsekuensi bila dibuka",
            "konsekuensi", "uji konsekuensi", "dibuka", "akibat jika dibuka", "konsekuensi pertimbangan bagi publik dibuka",
            "dampak bila dibuka", "kerugian bila dibuka")),
    BENEFIT_CLOSED(List.of("manfaat bila ditutup", "manfaat apabila ditutup", "ditutup", "konsekuensi ditutup",
            "konsekuensi bila ditutup", "manfaat jika ditutup", "konsekuensi pertimbangan bagi publik ditutup",
            "pertimbangan ditutup", "alasan ditutup")),
    PUBLIC_INTEREST(List.of("pertimbangan kepentingan publik", "kepentingan publik", "uji kepentingan publik",
            "pertimbangan publik")),
    PERIOD(List.of("jangka waktu", "jangka waktu pengecualian", "batas waktu", "batas waktu pengecualian", "masa berlaku",
            "lama pengecualian", "jangka waktu dikecualikan", "retensi", "sampai dengan")),
    SECURITY_LEVEL(List.of("klasifikasi keamanan", "tingkat keamanan", "klasifikasi", "sifat", "tingkat klasifikasi"));

    private final List<String> synonyms;

    MatrixColumn(List<String> synonyms) {
        this.synonyms = synonyms;
    }

    public List<String> synonyms() {
        return synonyms;
    }
}
