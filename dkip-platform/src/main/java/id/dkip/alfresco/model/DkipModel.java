package id.dkip.alfresco.model;

import org.alfresco.service.namespace.QName;

/**
 * QName constants of the DKIP content model ({@code alfresco/module/dkip-platform/model/dkipContentModel.xml},
 * prefix {@code dkip}). The only place these names are built; everything else refers to these constants.
 */
public final class DkipModel {
    public static final String URI = "http://www.dkip.id/model/content/1.0";
    public static final String PREFIX = "dkip";

    // ---- aspect dkip:dikecualikan - exempted information (on any document, folder or register row)
    public static final QName ASPECT_DIKECUALIKAN = q("dikecualikan");
    public static final QName PROP_INFORMASI = q("informasi");
    public static final QName PROP_DASAR_PASAL17 = q("dasarPasal17");
    public static final QName PROP_DASAR_HUKUM_TEKS = q("dasarHukumTeks");
    public static final QName ASSOC_RUJUKAN_LAIN = q("rujukanLain");
    public static final QName PROP_AKIBAT_DIBUKA = q("akibatDibuka");
    public static final QName PROP_MANFAAT_DITUTUP = q("manfaatDitutup");
    public static final QName PROP_PERTIMBANGAN_PUBLIK = q("pertimbanganPublik");
    public static final QName PROP_JENIS_JANGKA_WAKTU = q("jenisJangkaWaktu");
    public static final QName PROP_JANGKA_WAKTU_TAHUN = q("jangkaWaktuTahun");
    /** Months beyond the whole years ("6 bulan": no years, 6 months). */
    public static final QName PROP_JANGKA_WAKTU_BULAN = q("jangkaWaktuBulan");
    /** The event a duration counts from when it is not the decree ("5 tahun setelah keputusan disiplin"). */
    public static final QName PROP_PERISTIWA_AWAL = q("peristiwaAwal");
    public static final QName PROP_JANGKA_WAKTU_SAMPAI = q("jangkaWaktuSampai");
    public static final QName PROP_JANGKA_WAKTU_PERISTIWA = q("jangkaWaktuPeristiwa");
    public static final QName PROP_JANGKA_WAKTU_TEKS = q("jangkaWaktuTeks");
    public static final QName PROP_MULAI_BERLAKU = q("mulaiBerlaku");
    public static final QName PROP_TANGGAL_KEDALUWARSA = q("tanggalKedaluwarsa");
    public static final QName PROP_TANGGAL_TINJAU = q("tanggalTinjau");
    /** dkip:tanggalTinjau was counted on the provisional calendar (its year's SKB 3 Menteri not loaded). */
    public static final QName PROP_TANGGAL_SEMENTARA = q("tanggalSementara");
    public static final QName PROP_TINGKAT_KEAMANAN = q("tingkatKeamanan");
    public static final QName PROP_UNIT_KODE = q("unitKode");
    public static final QName PROP_UNIT_NAMA = q("unitNama");
    public static final QName PROP_PPID_PEMBANTU = q("ppidPembantu");
    public static final QName PROP_NOMOR_SK = q("nomorSk");
    public static final QName PROP_TANGGAL_SK = q("tanggalSk");
    public static final QName PROP_STATUS = q("status");
    public static final QName PROP_PEJABAT_PENETAP = q("pejabatPenetap");
    public static final QName PROP_BADAN_PUBLIK = q("badanPublik");
    public static final QName PROP_TEMPAT_PENETAPAN = q("tempatPenetapan");
    public static final QName PROP_ALASAN_DIBUKA = q("alasanDibuka");
    /** Filed document to its DKIP register row (dkip:itemDkip). */
    public static final QName ASSOC_ENTRI_DKIP = q("entriDkip");

    // ---- type dkip:rujukanHukum - a statute other than UU KIP Pasal 17, structured (child of dkip:rujukanLain)
    public static final QName TYPE_RUJUKAN_HUKUM = q("rujukanHukum");
    public static final QName PROP_JENIS_PERATURAN = q("jenisPeraturan");
    public static final QName PROP_NOMOR_PERATURAN = q("nomorPeraturan");
    public static final QName PROP_TAHUN_PERATURAN = q("tahunPeraturan");
    public static final QName PROP_PASAL = q("pasal");
    public static final QName PROP_HURUF = q("huruf");
    public static final QName PROP_ANGKA = q("angka");
    public static final QName PROP_TEKS_ASLI = q("teksAsli");

    // ---- aspect dkip:retensiArsip - archive retention per the JRA (UU 43/2009)
    public static final QName ASPECT_RETENSI_ARSIP = q("retensiArsip");
    public static final QName PROP_KODE_KLASIFIKASI = q("kodeKlasifikasi");
    public static final QName PROP_RETENSI_AKTIF = q("retensiAktif");
    public static final QName PROP_RETENSI_INAKTIF = q("retensiInaktif");
    public static final QName PROP_NASIB_AKHIR = q("nasibAkhir");
    public static final QName PROP_MULAI_RETENSI = q("mulaiRetensi");

    // ---- aspect dkip:saranPemindaian - the personal-data scanner's suggestions (a person decides)
    public static final QName ASPECT_SARAN_PEMINDAIAN = q("saranPemindaian");
    public static final QName PROP_SARAN_PASAL17 = q("saranPasal17");
    public static final QName PROP_TEMUAN_DATA_PRIBADI = q("temuanDataPribadi");
    public static final QName PROP_TANGGAL_PINDAI = q("tanggalPindai");
    public static final QName PROP_RINGKASAN_PINDAI = q("ringkasanPindai");

    // ---- aspect dkip:menungguPencocokan - waiting in a drop folder, with the visible reason
    public static final QName ASPECT_MENUNGGU_PENCOCOKAN = q("menungguPencocokan");
    public static final QName PROP_ALASAN_MENUNGGU = q("alasanMenunggu");

    // ---- type dkip:itemDkip - a DKIP register row as a Share data-list item (mandatory aspect dkip:dikecualikan)
    public static final QName TYPE_ITEM_DKIP = q("itemDkip");
    public static final QName PROP_NOMOR_URUT = q("nomorUrut");
    public static final QName PROP_KEPUTUSAN_RAPAT = q("keputusanRapat");
    public static final QName PROP_HASIL_UJI_KONSEKUENSI = q("hasilUjiKonsekuensi");
    /** The meeting's note on the row (step 3), written by the meeting screen with the decision. */
    public static final QName PROP_CATATAN_RAPAT = q("catatanRapat");
    public static final QName PROP_ALASAN_TANPA_DOKUMEN = q("alasanTanpaDokumen");
    /** Register row to the documents filed under it. */
    public static final QName ASSOC_DOKUMEN_TERARSIP = q("dokumenTerarsip");

    // ---- document types produced by the SOP
    public static final QName TYPE_DOKUMEN_DKIP = q("dokumenDkip");
    public static final QName TYPE_BERITA_ACARA = q("beritaAcara");
    public static final QName PROP_NOMOR_BERITA_ACARA = q("nomorBeritaAcara");
    public static final QName PROP_TANGGAL_RAPAT = q("tanggalRapat");
    public static final QName PROP_JUMLAH_ANGGOTA = q("jumlahAnggota");
    public static final QName PROP_JUMLAH_HADIR = q("jumlahHadir");
    public static final QName PROP_KUORUM_TERPENUHI = q("kuorumTerpenuhi");
    public static final QName TYPE_SURAT_KEPUTUSAN = q("suratKeputusan");
    public static final QName PROP_NOMOR_KEPUTUSAN = q("nomorKeputusan");
    public static final QName PROP_TANGGAL_KEPUTUSAN = q("tanggalKeputusan");
    public static final QName PROP_NOMOR_KEPUTUSAN_SEBELUMNYA = q("nomorKeputusanSebelumnya");
    public static final QName PROP_FINAL = q("final");
    public static final QName TYPE_LEMBAR_UJI_KONSEKUENSI = q("lembarUjiKonsekuensi");

    // ---- folder marker aspects of a unit's archive area
    public static final QName ASPECT_AREA_ARSIP = q("areaArsip");
    public static final QName ASPECT_FOLDER_PENERIMAAN = q("folderPenerimaan");

    private DkipModel() {
    }

    private static QName q(String localName) {
        return QName.createQName(URI, localName);
    }
}
