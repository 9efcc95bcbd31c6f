package id.sikerja.core.settings;

import java.util.List;

/**
 * The departments (perangkat daerah) a kabupaten/kota typically has under PP 18/2016, shipped with Si Kerja and
 * used until an admin stores the Pemda's own directory. Names are the usual Indonesian ones; each Pemda adjusts
 * codes and names to its Perda on perangkat daerah.
 */
public final class ShippedDepartments {

    public static final List<Department> LIST = List.of(
            new Department("SETDA", "Sekretariat Daerah"),
            new Department("SETWAN", "Sekretariat DPRD"),
            new Department("INSPEKTORAT", "Inspektorat Daerah"),
            new Department("BAPPEDA", "Badan Perencanaan Pembangunan Daerah"),
            new Department("BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah"),
            new Department("BAPENDA", "Badan Pendapatan Daerah"),
            new Department("BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"),
            new Department("BPBD", "Badan Penanggulangan Bencana Daerah"),
            new Department("KESBANGPOL", "Badan Kesatuan Bangsa dan Politik"),
            new Department("DISDIK", "Dinas Pendidikan"),
            new Department("DINKES", "Dinas Kesehatan"),
            new Department("RSUD", "Rumah Sakit Umum Daerah"),
            new Department("DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang"),
            new Department("DPRKP", "Dinas Perumahan Rakyat dan Kawasan Permukiman"),
            new Department("SATPOLPP", "Satuan Polisi Pamong Praja"),
            new Department("DAMKAR", "Dinas Pemadam Kebakaran dan Penyelamatan"),
            new Department("DINSOS", "Dinas Sosial"),
            new Department("DISNAKER", "Dinas Tenaga Kerja"),
            new Department("DP3A", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"),
            new Department("DPPKB", "Dinas Pengendalian Penduduk dan Keluarga Berencana"),
            new Department("DKP", "Dinas Ketahanan Pangan"),
            new Department("DLH", "Dinas Lingkungan Hidup"),
            new Department("DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil"),
            new Department("DPMD", "Dinas Pemberdayaan Masyarakat dan Desa"),
            new Department("DISHUB", "Dinas Perhubungan"),
            new Department("DISKOMINFO", "Dinas Komunikasi dan Informatika"),
            new Department("DISKOPUKM", "Dinas Koperasi, Usaha Kecil dan Menengah"),
            new Department("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"),
            new Department("DISPORA", "Dinas Kepemudaan dan Olahraga"),
            new Department("DISPAR", "Dinas Pariwisata"),
            new Department("DISBUD", "Dinas Kebudayaan"),
            new Department("DISPUSIP", "Dinas Perpustakaan dan Kearsipan"),
            new Department("DISKAN", "Dinas Perikanan"),
            new Department("DISTAN", "Dinas Pertanian"),
            new Department("DISPERINDAG", "Dinas Perindustrian dan Perdagangan"));

    private ShippedDepartments() {
    }
}
