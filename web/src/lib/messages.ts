/**
 * Interface text, Indonesian first, English second. Codes from the API (stages, categories, document types) are
 * named here for the read-side answers, which carry codes only; the case and tracking answers carry their own labels.
 * (vue-i18n syntax: no "@" or "|" in texts; {name} interpolates.)
 */
import type { DocumentType, StageName } from './types';
const id = {
  app: { name: 'Si Kerja', tagline: 'Sistem Kerja Sama Daerah', skip: 'Langsung ke isi', language: 'Bahasa', loading: 'Memuat…', error: 'Terjadi kesalahan', retry: 'Coba lagi', close: 'Tutup', save: 'Simpan', send: 'Kirim', search: 'Cari', all: 'Semua', none: 'Tidak ada', yes: 'Ya', no: 'Tidak', more: 'Muat lebih banyak', back: 'Kembali', menu: 'Menu', table: 'Tabel (dapat digeser ke samping)' },
  nav: { home: 'Beranda', apply: 'Ajukan kerja sama', track: 'Lacak permohonan', verify: 'Verifikasi dokumen', signIn: 'Masuk petugas', signOut: 'Keluar', dashboard: 'Dasbor', cases: 'Daftar kasus', reports: 'Laporan', imports: 'Impor', holidays: 'Hari libur', departments: 'Daftar OPD', settings: 'Pengaturan', users: 'Pengguna' },
  home: {
    title: 'Daftar kerja sama daerah',
    intro: 'Kerja sama yang telah ditandatangani, sedang berjalan atau telah berakhir. Cari berdasarkan judul, mitra atau bidang.',
    stats: 'Statistik',
    byYear: 'Kerja sama per tahun', byCategory: 'Per jenis kerja sama', byStage: 'Per tahap', byDepartment: 'Per OPD', byRegion: 'Per daerah mitra',
    total: 'Jumlah kerja sama', endingSoon: 'Segera berakhir',
    query: 'Kata kunci', results: '{n} kerja sama', empty: 'Tidak ada kerja sama yang cocok.',
    parties: 'Para pihak', period: 'Masa berlaku', signedOn: 'Ditandatangani', documents: 'Dokumen', export: 'Unduh data terbuka (CSV)',
    cta: 'Ingin bekerja sama dengan kami?',
  },
  filter: { category: 'Jenis', status: 'Status', year: 'Tahun', department: 'OPD', field: 'Bidang', stage: 'Tahap', partner: 'Mitra', sort: 'Urutkan' },
  status: { BERLAKU: 'Berlaku', BERAKHIR: 'Berakhir' },
  category: {
    KSDD: 'Kerja sama dengan daerah lain (KSDD)',
    KSDPK: 'Kerja sama dengan pihak ketiga (KSDPK)',
    KSDPL: 'Kerja sama dengan pemerintah daerah di luar negeri (KSDPL)',
    KSDLL: 'Kerja sama dengan lembaga di luar negeri (KSDLL)',
    SINERGI: 'Sinergi dengan kementerian/lembaga (SINERGI)',
  },
  categoryShort: { KSDD: 'KSDD', KSDPK: 'KSDPK', KSDPL: 'KSDPL', KSDLL: 'KSDLL', SINERGI: 'SINERGI' },
  help: {
    KSDD: 'Kerja sama dengan provinsi, kabupaten atau kota lain. Wajib bila menyangkut urusan yang berbatasan atau berdampak lintas daerah; selain itu sukarela (PP 28/2018 Pasal 3). Lampirkan kerangka acuan kerja (KAK).',
    KSDPK: 'Kerja sama dengan orang perseorangan, badan usaha berbadan hukum atau organisasi kemasyarakatan berbadan hukum (PP 28/2018 Pasal 14). Bila prakarsa dari pihak ketiga, pemohon menyusun studi kelayakan yang menunjukkan kesesuaian teknis dengan rencana induk sektor, kelayakan ekonomi dan keuangan, serta kemampuan pendanaan (Pasal 18).',
    KSDPL: 'Kerja sama kota atau provinsi kembar dengan pemerintah daerah di luar negeri (Permendagri 25/2020). Selalu memerlukan persetujuan DPRD dan persetujuan Menteri; Pernyataan Kehendak (LoI) berlaku paling lama satu tahun.',
    KSDLL: 'Kerja sama dengan lembaga di luar negeri (Permendagri 25/2020). Selalu memerlukan persetujuan DPRD dan persetujuan Menteri; jangka waktu paling lama lima tahun.',
    SINERGI: 'Sinergi dengan kementerian atau lembaga pemerintah nonkementerian (PP 28/2018 Pasal 46): bukan pihak ketiga. Melalui Nota Kesepakatan dan Rencana Aksi/Rencana Kerja, tanpa persetujuan DPRD dan tanpa KB/PKS.',
    object: 'Objek kerja sama harus urusan pemerintahan yang menjadi kewenangan daerah dan sebaiknya tercantum dalam RPJMD/RKPD (PP 28/2018 Pasal 4 dan 16).',
    duration: 'Paling lama 60 bulan (lima tahun).',
    ksddKind: 'Wajib: daerah berbatasan atau eksternalitas lintas daerah. Sukarela: selain itu.',
    ksdpkInitiative: 'Siapa yang memprakarsai kerja sama ini.',
    departments: 'Pilih OPD yang diusulkan menangani; boleh lebih dari satu. Bagian Kerja Sama dapat mengubahnya.',
    assignDepartments: 'Pilih OPD penanggung jawab; boleh lebih dari satu.',
    token: 'Kode akses hanya ditampilkan sekali. Simpan tautan pelacakan ini: siapa pun yang memilikinya dapat melihat permohonan Anda.',
  },
  ksddKind: { WAJIB: 'Wajib', SUKARELA: 'Sukarela' },
  // who registered a document version (the API's role codes; core Role's labels)
  role: { PARTNER: 'Mitra/Pemohon', OPD: 'OPD', ADMIN: 'Admin Bagian Kerja Sama', TKKSD: 'Anggota TKKSD', PIMPINAN: 'Pimpinan', SYSTEM: 'Sistem' },
  // the choices of enum facts in action forms and on the case page (issue 13 items 5, 13)
  choice: { KEPALA_DAERAH: 'Kepala Daerah', PEJABAT_OPD: 'Pejabat OPD dengan surat kuasa', DARURAT: 'Keadaan darurat', PROGRAM_STRATEGIS_NASIONAL: 'Program strategis nasional', TUGAS_PEMBANTUAN: 'Tugas pembantuan',
    // issue 13 item 9: the legal basis of a KSDPK's term over five years
    NONE: 'Tanpa dasar hukum khusus (paling lama 5 tahun)', BMD_SEWA: 'Sewa barang milik daerah (paling lama 5 tahun)', BMD_KSP: 'Kerja sama pemanfaatan BMD (paling lama 30 tahun)', BMD_KSP_INFRASTRUKTUR: 'Kerja sama pemanfaatan BMD untuk infrastruktur (paling lama 50 tahun)', BMD_BGS_BSG: 'Bangun guna serah / bangun serah guna (paling lama 30 tahun)', KPBU: 'KPBU (menurut perjanjiannya, paling lama 50 tahun)' },
  ksdpkInitiative: { DAERAH: 'Prakarsa pemerintah daerah', PIHAK_KETIGA: 'Prakarsa pihak ketiga' },
  partnerType: {
    PEMERINTAH_DAERAH: 'Pemerintah daerah', BADAN_USAHA: 'Badan usaha berbadan hukum', ORGANISASI: 'Organisasi berbadan hukum',
    PERGURUAN_TINGGI: 'Perguruan tinggi', PERORANGAN: 'Orang perseorangan', PEMERINTAH_DAERAH_LUAR_NEGERI: 'Pemerintah daerah di luar negeri',
    LEMBAGA_LUAR_NEGERI: 'Lembaga di luar negeri', KEMENTERIAN_LEMBAGA: 'Kementerian/lembaga',
  },
  apply: {
    title: 'Ajukan kerja sama', intro: 'Isi formulir ini untuk mengajukan kerja sama dengan {pemda}. Semua isian wajib kecuali disebut lain.',
    category: 'Jenis kerja sama', partner: 'Data pemohon', proposal: 'Rencana kerja sama',
    fields: {
      partner: { name: 'Nama lembaga atau pemohon', type: 'Bentuk pemohon', regionOrCountry: 'Daerah atau negara', address: 'Alamat', contactPerson: 'Narahubung', email: 'Surel', phone: 'Telepon' },
      title: 'Judul kerja sama', background: 'Latar belakang', purpose: 'Maksud dan tujuan', scope: 'Ruang lingkup',
      expectedBenefits: 'Manfaat yang diharapkan', location: 'Lokasi', durationMonths: 'Jangka waktu (bulan)',
      financing: 'Pembiayaan', departments: 'OPD yang diusulkan', ksddKind: 'Sifat KSDD', ksdpkInitiative: 'Prakarsa', category: 'Jenis kerja sama',
    },
    submit: 'Kirim permohonan', sending: 'Mengirim…', invalid: 'Periksa isian yang ditandai.',
    done: 'Permohonan terkirim', code: 'Kode pelacakan', link: 'Tautan pelacakan', openTracking: 'Buka halaman pelacakan', copy: 'Salin tautan', copied: 'Tersalin',
    attachTitle: 'Lampirkan dokumen permohonan', attachHelp: 'Lampirkan surat permohonan dan dokumen pendukung sekarang (hanya file PDF), satu per satu. Anda juga dapat melampirkannya nanti dari halaman pelacakan.', attached: 'Dokumen yang tercatat',
  },
  track: {
    title: 'Lacak permohonan', intro: 'Masukkan kode pelacakan dan kode akses dari surel konfirmasi.', code: 'Kode pelacakan', token: 'Kode akses', open: 'Lihat',
    notFound: 'Permohonan tidak ditemukan. Periksa kode pelacakan dan kode akses.',
    stage: 'Tahap saat ini', next: 'Berikutnya', holder: 'Berkas ada di', downloadDraft: 'Unduh: {name}, versi {v}', history: 'Riwayat', documentReceived: 'Dokumen diterima', uploads: 'Dokumen yang Anda unggah',
    upload: 'Unggah dokumen', uploadHelp: 'Unggah dokumen yang diminta (hanya file PDF). Berkas dikirim langsung ke penyimpanan yang aman.',
    revision: 'Jawab permintaan perbaikan', revisionNote: 'Jawaban Anda', resubmit: 'Kirim perbaikan', withdraw: 'Tarik permohonan', withdrawConfirm: 'Yakin menarik permohonan ini?',
    monev: 'Laporan monev mitra', monevHelp: 'Laporkan pelaksanaan kerja sama setiap periode, dengan laporan (PDF) terlampir.', submitted: 'Terkirim. Terima kasih.',
  },
  upload: { type: 'Jenis dokumen', file: 'Berkas', start: 'Unggah', hashing: 'Menghitung sidik berkas…', sending: 'Mengunggah… {p}%', checking: 'Memeriksa berkas…', registered: 'Tercatat sebagai versi {v}', registeredNew: 'Tercatat.', rejected: 'Ditolak: {reason}', expired: 'Kedaluwarsa: {reason}', unregistered: 'Unggahan yang belum tercatat', progress: 'Kemajuan unggah', putFailed: 'Berkas tidak dapat dikirim ke penyimpanan (kode {status}). Unggah sekali lagi.', stillPending: 'Berkas belum selesai diperiksa. Muat ulang halaman sebentar lagi untuk melihat hasilnya.' },
  // problem types whose title the API words the same on every route (others keep the API's own title)
  // the API titles its problems in Indonesian, naming the thing ("Dokumen tidak ditemukan"): the page keeps them; the
  // English table below covers every type, so an English page never shows an Indonesian title
  problemTitle: { 'invalid-fields': 'Isian tidak valid', 'payload-too-large': 'Permintaan terlalu besar', 'unsupported-media-type': 'Jenis konten tidak didukung', internal: 'Terjadi kesalahan pada server' } as Record<string, string>,
  problemDetail: { 'invalid-fields': 'Periksa kembali isian yang disebutkan.' },
  uploadStatus: { PENDING: 'Diperiksa', REGISTERED: 'Tercatat', REJECTED: 'Ditolak', EXPIRED: 'Kedaluwarsa' },
  verify: {
    title: 'Verifikasi dokumen', intro: 'Pilih berkas dokumen kerja sama. Sidik SHA-256 dihitung di peramban Anda; berkasnya tidak dikirim.',
    file: 'Berkas dokumen', orHash: 'atau tempel sidik SHA-256', check: 'Periksa', hash: 'Sidik SHA-256',
    genuine: 'Asli: dokumen ini adalah versi bertanda tangan yang tercatat.', notGenuine: 'Tidak ditemukan: dokumen ini tidak cocok dengan dokumen bertanda tangan mana pun dalam daftar.',
    registeredAt: 'Dicatat pada',
  },
  login: { title: 'Masuk petugas', intro: 'Masuk dengan akun Si Kerja Anda.', hosted: 'Masuk', local: 'Runtime lokal: pilih pengguna contoh.', as: 'Masuk sebagai {name}', failed: 'Gagal masuk: {msg}' },
  dashboard: {
    title: 'Dasbor', board: 'Kasus per tahap', overdue: 'Lewat tenggat', dueThisWeek: 'Jatuh tempo minggu ini', endingSoon: 'Berakhir dalam 180 hari', total: 'Semua kasus',
    refusedMandatory: 'Kerja sama wajib ditolak', refusedMandatoryHelp: 'KSDD wajib yang ditolak atau ditarik daerah: dilaporkan kepada Gubernur (kabupaten/kota) atau Menteri (provinsi), yang dapat mengambil alih.',
    asOf: 'Per {date}', emptyStage: 'Kosong', nextDue: 'Tenggat berikutnya',
  },
  cases: { title: 'Daftar kasus', empty: 'Tidak ada kasus.', q: 'Cari judul, mitra, ringkasan atau kode pelacakan' },
  roleName: { ADMIN: 'Admin Bagian Kerja Sama', OPD: 'OPD', TKKSD: 'Anggota TKKSD', PIMPINAN: 'Pimpinan', PARTNER: 'Mitra/Pemohon', SYSTEM: 'Sistem' },
  monevKind: { PARTNER_REPORT: 'Laporan monev mitra', OPD_REPORT: 'Laporan monev OPD' },
  casePrint: { title: 'Ringkasan kasus kerja sama', printed: 'Dicetak {date}', pemda: 'Pemerintah daerah', category: 'Kategori', stage: 'Tahap' },
  case: {
    overview: 'Ringkasan', partner: 'Mitra', departments: 'OPD', tracking: 'Kode pelacakan', created: 'Dibuat', updated: 'Diperbarui',
    timeline: 'Linimasa', documents: 'Dokumen', versions: 'Versi', download: 'Unduh', facts: 'Data tercatat', due: 'Tenggat', warnings: 'Perhatian',
    actions: 'Tindakan', allowed: 'Tindakan yang dapat dilakukan sekarang', blocked: 'Belum dapat dilakukan', reasons: 'Alasan',
    to: 'menuju {stage}', note: 'Catatan', attach: 'Lampiran', addDocument: 'Tambah lampiran', run: 'Jalankan', done: 'Tersimpan: tahap {stage}.',
    stale: 'Kasus telah diubah orang lain; data terbaru dimuat. Periksa lalu ulangi.', monev: 'Monev', proposal: 'Usulan', sha: 'SHA-256',
    by: 'oleh {role}', endReason: 'Alasan berakhir', needs: 'Perlu dilengkapi di formulir:',
  },
  tkksd: { title: 'Kajian TKKSD', help: 'Catat tanggal dan rekomendasi kajian Tim Koordinasi Kerja Sama Daerah, lampirkan dokumen kajian.' },
  monev: {
    title: 'Monitoring dan evaluasi', periodDate: 'Tanggal dalam periode', summary: 'Ringkasan pelaksanaan', evaluation: 'Evaluasi',
    rating: 'Nilai keseluruhan (1–5)', recommendation: 'Rekomendasi', score: 'Nilai (1–5)',
    criteria: { KESESUAIAN_TUJUAN: 'Kesesuaian dengan tujuan', KETEPATAN_WAKTU: 'Ketepatan waktu', KONTRIBUSI_MITRA: 'Kontribusi mitra', KOORDINASI: 'Koordinasi', CAPAIAN_INDIKATOR: 'Capaian indikator', DAMPAK: 'Dampak', DOKUMENTASI: 'Dokumentasi', PELAPORAN: 'Pelaporan', RELEVANSI: 'Relevansi' },
    recommendations: { LANJUTKAN: 'Lanjutkan', PERLUAS: 'Perluas', HENTIKAN: 'Hentikan' },
  },
  endReason: {
    MASA_BERLAKU_HABIS: 'Jangka waktu berakhir', TUJUAN_TERCAPAI: 'Tujuan tercapai', KESEPAKATAN_PARA_PIHAK: 'Kesepakatan para pihak',
    PERUBAHAN_KEBIJAKAN: 'Perubahan peraturan atau kebijakan', OBJEK_TIDAK_ADA: 'Objek tidak ada lagi', PUTUSAN_PENGADILAN: 'Putusan pengadilan',
    MITRA_PAILIT: 'Mitra pailit', DIGANTI_PERJANJIAN_BARU: 'Digantikan perjanjian baru',
  },
  departments: {
    title: 'Daftar OPD', intro: 'Perangkat daerah yang dapat menangani kerja sama. Nama tampil di registri publik dan formulir permohonan.',
    code: 'Kode', name: 'Nama', add: 'Tambah OPD', remove: 'Hapus', saved: 'Tersimpan.', changed: 'Daftar sudah diubah oleh admin lain; daftar terbaru dimuat.',
    source: { STORED: 'Disimpan oleh admin', SHIPPED: 'Daftar bawaan' }, codeHelp: 'Kode: 2–20 huruf besar, angka atau _.',
    filter: 'Saring OPD', chosen: 'Dipilih: {list}', chosenNone: 'Belum ada OPD dipilih.', unavailable: 'Daftar OPD tidak dapat dimuat. Tulis kodenya, dipisahkan koma.', count: '{n} OPD',
  },
  users: {
    title: 'Pengguna', intro: 'Akun petugas Si Kerja. Petugas baru menerima undangan dengan kata sandi sementara melalui surel.',
    adminOnly: 'Hanya admin Bagian Kerja Sama yang dapat mengelola akun pengguna.',
    filters: 'Saring pengguna', q: 'Cari nama atau surel', group: 'Peran', department: 'OPD', state: 'Status', show: 'Tampilkan',
    name: 'Nama', email: 'Surel', status: 'Status', actions: 'Tindakan', count: '{n} pengguna', empty: 'Tidak ada pengguna untuk pilihan ini.',
    newTitle: 'Undang petugas', create: 'Kirim undangan', created: 'Undangan terkirim ke {email}.',
    departmentHelp: { opd: 'Wajib: OPD tempat petugas bekerja.', tkksd: 'Opsional: isi bila anggota TKKSD hanya menangani satu OPD (TKKSD lokus).' },
    noDepartment: '— tanpa OPD —', edit: 'Ubah', editTitle: 'Ubah {name}', saved: 'Tersimpan.', cancel: 'Batal',
    disable: 'Nonaktifkan', enable: 'Aktifkan', confirmDisable: 'Nonaktifkan akun {name}? Petugas ini tidak dapat masuk lagi sampai diaktifkan.',
    confirmEnable: 'Aktifkan kembali akun {name}?', confirmYes: 'Ya, {action}',
    enabled: 'Aktif', disabled: 'Nonaktif', you: '(Anda)',
    groups: { admin: 'Admin Bagian Kerja Sama', tkksd: 'Anggota TKKSD', opd: 'Staf OPD', pimpinan: 'Pimpinan' },
    statuses: { FORCE_CHANGE_PASSWORD: 'Undangan belum dipakai', CONFIRMED: 'Sudah masuk', UNCONFIRMED: 'Belum dikonfirmasi', RESET_REQUIRED: 'Perlu atur ulang kata sandi', ARCHIVED: 'Diarsipkan', COMPROMISED: 'Diblokir (kata sandi bocor)', EXTERNAL_PROVIDER: 'Masuk lewat SSO', UNKNOWN: 'Tidak diketahui' },
  },
  holidays: { title: 'Kalender hari libur', intro: 'Hari libur nasional dan cuti bersama dipakai untuk menghitung tenggat hari kerja.', year: 'Tahun', date: 'Tanggal', name: 'Nama', kind: 'Jenis', add: 'Tambah hari libur', remove: 'Hapus', source: { STORED: 'Disimpan oleh admin', SHIPPED: 'Daftar bawaan' }, kinds: { LIBUR_NASIONAL: 'Libur nasional', CUTI_BERSAMA: 'Cuti bersama' }, saved: 'Tersimpan.', confirmed: 'Daftar lengkap sesuai SKB tahun ini (dikonfirmasi)', unconfirmed: 'Belum dikonfirmasi: batas waktu hari kerja yang melewati tahun ini bersifat sementara.' },
  settings: { title: 'Pengaturan', digest: 'Ringkasan harian melalui surel', frequency: 'Frekuensi', weekday: 'Hari', saved: 'Tersimpan.', frequencies: { DAILY: 'Setiap hari kerja', WEEKLY: 'Seminggu sekali', OFF: 'Tidak dikirim' }, weekdays: { MONDAY: 'Senin', TUESDAY: 'Selasa', WEDNESDAY: 'Rabu', THURSDAY: 'Kamis', FRIDAY: 'Jumat' } },
  reports: { title: 'Laporan', groupBy: 'Kelompokkan menurut', year: 'Tahun', total: 'Jumlah', refusedMandatory: 'Kerja sama wajib ditolak', show: 'Tampilkan', export: 'Unduh {format}', empty: 'Belum ada kerja sama untuk pilihan ini.', caption: 'Jumlah kerja sama per {group} dan tahap', foreign: 'Laporan tahunan kerja sama luar negeri', foreignDue: 'Disampaikan kepada {to} paling lambat {date}.', foreignEmpty: 'Tidak ada kerja sama luar negeri yang berjalan pada {year}.', agreement: 'Kerja sama', term: 'Masa berlaku', activities: 'Laporan monev', groups: { year: 'Tahun', department: 'OPD', partner: 'Mitra', field: 'Bidang', category: 'Jenis' } },
  imports: {
    title: 'Impor kerja sama lama', intro: 'Kerja sama yang ditandatangani sebelum Si Kerja dimasukkan sekaligus dari satu berkas CSV atau XLSX. Uji coba dahulu: tidak ada yang disimpan sampai semua baris valid.',
    step1: '1. Templat', templateHelp: 'Satu baris per kerja sama; buku kerja XLSX memuat lembar petunjuk untuk setiap kolom.', template: 'Unduh templat {format}',
    adminOnly: 'Hanya admin Bagian Kerja Sama yang dapat mengimpor kerja sama lama.',
    step2: '2. Dokumen yang ditandatangani', documentsHelp: 'Unggah naskah yang sudah ditandatangani setiap kerja sama, lalu salin kodenya ke kolom documents (beberapa kode dipisahkan ";").',
    step3: '3. Berkas impor', file: 'Berkas CSV atau XLSX', dryRun: 'Uji coba', dryRunResult: 'Hasil uji coba', run: 'Impor', retry: 'Ulangi impor', refused: 'Impor ditolak',
    rows: 'Baris', valid: 'Valid', problems: 'Masalah', row: 'Baris', field: 'Kolom', message: 'Pesan', imported: '{n} kerja sama diimpor.', clean: 'Semua baris valid.',
    running: 'Impor berkas ini sedang berjalan. Tunggu sebentar, lalu ulangi: hasilnya ditampilkan tanpa mengimpor dua kali.',
    failedAt: 'Berhenti pada baris {row}.', undone: 'Tidak ada yang tersimpan; ulangi impor.', notUndone: 'Ulangi impor berkas yang sama: sisa impor sebelumnya dibersihkan lebih dulu.',
  },
  stage: {
    INTAKE: 'Validasi permohonan', REVISI: 'Perbaikan oleh pemohon', PERSIAPAN: 'Persiapan', PENAWARAN: 'Penawaran', PENYUSUNAN_KB: 'Penyusunan KB',
    PENANDATANGANAN_KB: 'Penandatanganan KB', PERSETUJUAN_DPRD: 'Persetujuan DPRD', PENYUSUNAN_PKS: 'Penyusunan PKS', PENANDATANGANAN_PKS: 'Penandatanganan PKS',
    PRAKARSA: 'Prakarsa', PENJAJAKAN: 'Penjajakan', PERNYATAAN_KEHENDAK: 'Pernyataan Kehendak (LoI)', RENCANA_KERJA_SAMA: 'Rencana Kerja Sama',
    VERIFIKASI_MENTERI: 'Verifikasi Menteri', RANCANGAN_NASKAH: 'Rancangan naskah', PEMBAHASAN: 'Pembahasan', PERSETUJUAN_MENTERI: 'Persetujuan Menteri',
    PENANDATANGANAN_NASKAH: 'Penandatanganan naskah', PELAKSANAAN: 'Pelaksanaan', PENATAUSAHAAN: 'Penatausahaan', PELAPORAN: 'Pelaporan',
    SELESAI: 'Selesai', DITOLAK: 'Ditolak', DIBATALKAN: 'Dibatalkan',
    PENYUSUNAN_NOTA_KESEPAKATAN: 'Penyusunan Nota Kesepakatan', PENANDATANGANAN_NOTA_KESEPAKATAN: 'Penandatanganan Nota Kesepakatan', RENCANA_AKSI: 'Rencana Aksi',
  },
  docType: {
    SURAT_PERMOHONAN: 'Surat permohonan', SURAT_PENAWARAN: 'Surat penawaran', SURAT_JAWABAN: 'Surat jawaban', KAK: 'Kerangka acuan kerja (KAK)',
    STUDI_KELAYAKAN: 'Studi kelayakan', KAJIAN_TKKSD: 'Kajian TKKSD', KB_DRAFT: 'Rancangan KB', KB_SIGNED: 'KB yang sudah ditandatangani',
    PKS_DRAFT: 'Rancangan PKS', PKS_SIGNED: 'PKS yang sudah ditandatangani', SURAT_KUASA: 'Surat kuasa', DPRD_REQUEST: 'Surat permohonan persetujuan DPRD',
    DPRD_DECISION: 'Keputusan DPRD', LOI: 'Pernyataan Kehendak (LoI)', RKS: 'Rencana Kerja Sama', NASKAH_DRAFT: 'Rancangan naskah',
    SURAT_KONFIRMASI: 'Surat Konfirmasi', PERSETUJUAN_MENTERI: 'Persetujuan Menteri', NASKAH_SIGNED: 'Naskah yang sudah ditandatangani',
    SURAT_PENGANTAR: 'Surat pengantar', RENCANA_KEGIATAN_TAHUNAN: 'Rencana kegiatan tahunan', MONEV_REPORT: 'Laporan monev', EVIDENCE: 'Bukti pendukung', LAPORAN: 'Laporan', BERITA_ACARA: 'Berita acara',
    NOTA_KESEPAKATAN_DRAFT: 'Rancangan Nota Kesepakatan', NOTA_KESEPAKATAN_SIGNED: 'Nota Kesepakatan yang sudah ditandatangani', RENCANA_KERJA: 'Rencana Aksi / Rencana Kerja', DASAR_JANGKA_WAKTU: 'Dasar hukum jangka waktu (persetujuan pemanfaatan BMD atau perjanjian KPBU)',
  },
  // officers: a department-initiated case (/kasus/baru)
  newCase: {
    title: 'Kasus baru (prakarsa OPD)', start: 'Mulai kasus baru',
    intro: 'Kerja sama yang diprakarsai perangkat daerah sendiri. Kasus dimulai di tahap Persiapan atau Prakarsa; dokumen dapat dilampirkan di halaman kasus.',
    submit: 'Buat kasus', sending: 'Membuat…', invalid: 'Periksa isian yang ditandai.', forbidden: 'Hanya pengguna OPD atau admin yang dapat memulai kasus.',
  },
  caseFlow: {
    next: 'Langkah berikutnya', other: 'Tindakan lain', danger: 'Menolak, menarik atau mengakhiri', confirm: '{action}: tindakan ini tidak dapat dibatalkan. Lanjutkan?',
    overdue: 'lewat tenggat', reminders: 'Pengingat', true: 'Ya', false: 'Tidak', linked: 'Kasus terkait', print: 'Cetak ringkasan',
    // issue 13 item 12: RKPD/APBD per budget year
    budgetYear: { both: '{year}: RKPD dan APBD', rkpd: '{year}: RKPD saja', apbd: '{year}: APBD saja', none: '{year}: belum tercantum' },
  },
  holidaysEdit: { edit: 'Ubah daftar tahun ini', cancel: 'Batal' },
  tasks: {
    title: 'Tugas saya', nav: 'Tugas saya',
    intro: 'Yang menunggu tindakan Anda sekarang menurut alur kerja sama: permohonan yang perlu divalidasi, kajian, dokumen dan keputusan yang menjadi bagian peran Anda, serta tenggat yang lewat atau jatuh dalam 7 hari kalender. Paling mendesak di atas.',
    q: 'Cari judul atau kode pelacakan', count: '{n} tugas', more: '{n} kasus lainnya di tahap ini', empty: 'Tidak ada tugas yang menunggu Anda.', noMatch: 'Tidak ada tugas yang cocok.',
    badge: { OVERDUE: 'Lewat tenggat', DUE_SOON: 'Segera', VALIDATION: 'Validasi', ASSESSMENT: 'Kajian', DOCUMENT: 'Dokumen', DECISION: 'Keputusan', DEADLINE: 'Tenggat' },
    kind: {
      overdue: '{what}: lewat {days} hari', dueSoon: '{what}: {days} hari lagi', today: '{what}: hari ini', by: '{what}: sampai {date}',
    },
  },
  notFound: { title: 'Halaman tidak ditemukan', back: 'Kembali ke beranda' },
  // -- h-web-public: official identity, footer, privacy (/privasi), page titles
  identity: { contact: 'Kontak Bagian Kerja Sama', email: 'Surel', phone: 'Telepon', address: 'Alamat', privacy: 'Pelindungan data pribadi', switchTo: 'ganti bahasa ke English', logo: 'Logo {pemda}' },
  privacy: {
    title: 'Pelindungan data pribadi', thePemda: 'Pemerintah Daerah',
    intro: 'Halaman ini menjelaskan data pribadi yang dikumpulkan {pemda} melalui Si Kerja dari calon mitra kerja sama, untuk apa, dan hak Anda menurut Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.',
    whatTitle: 'Data yang dikumpulkan',
    collected: { org: 'Nama dan jenis lembaga mitra serta alamatnya.', contact: 'Nama, jabatan, alamat surel dan nomor telepon narahubung.', documents: 'Dokumen yang Anda kirim (surat permohonan, studi kelayakan atau KAK, rancangan dan naskah kerja sama) beserta sidik SHA-256-nya.', history: 'Catatan setiap perubahan permohonan: siapa, kapan, dan apa yang berubah.' },
    whyTitle: 'Untuk apa',
    why: 'Data ini dipakai hanya untuk memproses permohonan dan melaksanakan kerja sama sesuai PP 28/2018, serta untuk mengabari Anda tentang permohonan Anda. Dasar pemrosesannya adalah pelaksanaan kewenangan pemerintah daerah dan pelayanan publik (UU 27/2022 Pasal 20 ayat (2) huruf e).',
    publicTitle: 'Apa yang ditampilkan kepada publik',
    public: 'Registri publik hanya memuat judul, jenis, nama para pihak, OPD, bidang, tanggal dan sidik dokumen yang ditandatangani. Nama narahubung, surel dan nomor telepon tidak pernah ditampilkan.',
    keepTitle: 'Berapa lama disimpan',
    keep: 'Selama kerja sama berjalan dan sesudahnya selama masa retensi arsip pemerintah daerah.',
    rightsTitle: 'Hak Anda',
    rights: { info: 'Mendapat informasi tentang pemrosesan data Anda.', access: 'Melihat dan meminta salinan data Anda.', correct: 'Memperbaiki data yang tidak akurat.', erase: 'Meminta penghapusan data yang tidak lagi diperlukan, sepanjang tidak wajib disimpan sebagai arsip.' },
    ask: 'Untuk menggunakan hak ini atau bertanya, hubungi Bagian Kerja Sama {pemda}:',
  },
  pageTitle: { home: 'Daftar kerja sama', apply: 'Ajukan kerja sama', track: 'Lacak permohonan', verify: 'Verifikasi dokumen', privacy: 'Pelindungan data pribadi', 'registry-entry': 'Rincian kerja sama', login: 'Masuk petugas', dashboard: 'Dasbor', cases: 'Daftar kasus', case: 'Kasus', holidays: 'Hari libur', departments: 'Daftar OPD', settings: 'Pengaturan', reports: 'Laporan', imports: 'Impor', 'not-found': 'Halaman tidak ditemukan' },
  // -- h-web-public: one registry entry (/registri/{id})
  registryEntry: {
    back: 'Kembali ke daftar kerja sama', missingTitle: 'Kerja sama tidak ditemukan', missing: 'Kerja sama ini tidak ada di registri publik.',
    pemda: 'Pemerintah daerah', documents: 'Dokumen yang ditandatangani', noDocuments: 'Belum ada dokumen yang ditandatangani.',
    documentsHelp: 'Sidik (SHA-256) setiap dokumen resmi. Salinan yang Anda miliki asli bila sidiknya sama.',
    version: 'versi {v}', fingerprint: 'Sidik SHA-256', verify: 'Verifikasi salinan dokumen ini', open: 'Lihat rincian',
  },
  // issue 14, partners
  partnerNet: { network: 'Tidak dapat terhubung ke server. Periksa koneksi internet Anda, lalu coba lagi.' },
  // issue 18 (h18-owner): the responsible officer and the hand-over
  owner: {
    responsible: 'Penanggung jawab', unassigned: 'Belum ditetapkan', filter: 'Penanggung jawab', anyone: 'Semua', mine: 'Saya',
    pick: 'Pilih petugas', pickHelp: 'Admin, atau petugas OPD dari OPD kerja sama ini yang akunnya aktif.',
    loadOfficers: 'Daftar petugas tidak dapat dimuat.',
    disabledTile: 'Penanggung jawab nonaktif', disabledHelp: 'Kasus berjalan yang penanggung jawabnya sudah dinonaktifkan: alihkan berkasnya di halaman Pengguna.',
    handover: 'Alihkan berkas', handoverTitle: 'Alihkan berkas {name}', handoverIntro: 'Kasus terbuka yang menjadi tanggung jawab {name} dan langganan ringkasannya dialihkan ke pengganti dalam satu langkah; setiap kasus mencatatnya di riwayat.',
    successor: 'Pengganti', handoverDone: '{n} kasus dialihkan ke {name}.', handoverNothing: 'Tidak ada kasus terbuka yang perlu dialihkan.',
    offerAfterDisable: 'Akun {name} dinonaktifkan. Alihkan berkasnya ke pengganti?',
    offerAfterDepartment: 'OPD {name} diubah. Alihkan berkasnya ke pengganti?',
  },
  yearValue: {
    title: 'Nilai kerja sama per tahun', intro: 'Nilai yang dicatat untuk setiap tahun pelaksanaan; untuk kerja sama dengan pihak ketiga juga PAD, aset dan kontribusi non-tunai bagi daerah.',
    empty: 'Belum ada nilai yang dicatat untuk pilihan ini.', agreements: 'Kerja sama', value: 'Nilai', pad: 'PAD', assets: 'Aset', inKind: 'Non-tunai',
  },
};

type Messages = typeof id;

const en: Messages = {
  app: { name: 'Si Kerja', tagline: 'Regional Cooperation System', skip: 'Skip to content', language: 'Language', loading: 'Loading…', error: 'Something went wrong', retry: 'Try again', close: 'Close', save: 'Save', send: 'Send', search: 'Search', all: 'All', none: 'None', yes: 'Yes', no: 'No', more: 'Load more', back: 'Back', menu: 'Menu', table: 'Table (scrolls sideways)' },
  nav: { home: 'Home', apply: 'Propose a cooperation', track: 'Track an application', verify: 'Verify a document', signIn: 'Officer sign-in', signOut: 'Sign out', dashboard: 'Dashboard', cases: 'Cases', reports: 'Reports', imports: 'Import', holidays: 'Holidays', departments: 'Departments', settings: 'Settings', users: 'Users' },
  home: {
    title: 'Registry of regional cooperation',
    intro: 'Agreements signed, running or ended. Search by title, partner or field.',
    stats: 'Statistics',
    byYear: 'Agreements per year', byCategory: 'By kind', byStage: 'By stage', byDepartment: 'By department', byRegion: "By partner's region",
    total: 'Agreements', endingSoon: 'Ending soon',
    query: 'Search words', results: '{n} agreements', empty: 'No agreement matches.',
    parties: 'Parties', period: 'Term', signedOn: 'Signed', documents: 'Documents', export: 'Download open data (CSV)',
    cta: 'Want to cooperate with us?',
  },
  filter: { category: 'Kind', status: 'Status', year: 'Year', department: 'Department', field: 'Field', stage: 'Stage', partner: 'Partner', sort: 'Sort' },
  status: { BERLAKU: 'Running', BERAKHIR: 'Ended' },
  category: {
    KSDD: 'With another region (KSDD)',
    KSDPK: 'With a third party (KSDPK)',
    KSDPL: 'With a foreign regional government (KSDPL)',
    KSDLL: 'With a foreign institution (KSDLL)',
    SINERGI: 'Sinergi with a ministry or national agency (SINERGI)',
  },
  categoryShort: { KSDD: 'KSDD', KSDPK: 'KSDPK', KSDPL: 'KSDPL', KSDLL: 'KSDLL', SINERGI: 'SINERGI' },
  help: {
    KSDD: 'Cooperation with another province, regency or city. Mandatory for bordering affairs or cross-border effects; voluntary otherwise (PP 28/2018 Art. 3). Attach the terms of reference (KAK).',
    KSDPK: 'Cooperation with a person, a company with legal status or an organisation with legal status (PP 28/2018 Art. 14). When the third party takes the initiative it writes a feasibility study showing technical fit with the sector master plan, economic and financial feasibility and its ability to fund the work (Art. 18).',
    KSDPL: 'Sister-city or sister-province cooperation with a foreign regional government (Permendagri 25/2020). Always needs DPRD approval and the Minister’s approval; a Letter of Intent is valid at most one year.',
    KSDLL: 'Cooperation with a foreign institution (Permendagri 25/2020). Always needs DPRD approval and the Minister’s approval; at most five years.',
    SINERGI: 'Sinergi with a ministry or national agency (PP 28/2018 Article 46): not a third party. Through a Nota Kesepakatan and an action plan, without DPRD approval and without a KB/PKS.',
    object: 'The object must be an affair of the region and should be in its development plan (RPJMD/RKPD) (PP 28/2018 Art. 4 and 16).',
    duration: 'At most 60 months (five years).',
    ksddKind: 'Mandatory: bordering regions or cross-border effects. Voluntary: otherwise.',
    ksdpkInitiative: 'Who takes the initiative for this cooperation.',
    departments: 'Choose the departments proposed to handle it; more than one is fine. The cooperation office may change them.',
    assignDepartments: 'Choose the responsible departments; more than one is fine.',
    token: 'The access code is shown only once. Keep this tracking link: anyone who has it can see your application.',
  },
  ksddKind: { WAJIB: 'Mandatory', SUKARELA: 'Voluntary' },
  role: { PARTNER: 'Partner/Applicant', OPD: 'Department', ADMIN: 'Cooperation office admin', TKKSD: 'TKKSD member', PIMPINAN: 'Leadership', SYSTEM: 'System' },
  // the choices of enum facts in action forms and on the case page (issue 13 items 5, 13)
  choice: { KEPALA_DAERAH: 'Kepala Daerah (regional head)', PEJABAT_OPD: 'Department official with a power of attorney', DARURAT: 'Emergency', PROGRAM_STRATEGIS_NASIONAL: 'National strategic programme', TUGAS_PEMBANTUAN: 'Tugas pembantuan (assisted task)',
    NONE: 'No law of its own (at most 5 years)', BMD_SEWA: 'Lease of regional property (at most 5 years)', BMD_KSP: 'Cooperative utilisation of regional property (at most 30 years)', BMD_KSP_INFRASTRUKTUR: 'Cooperative utilisation of regional property for infrastructure (at most 50 years)', BMD_BGS_BSG: 'Build-operate-transfer / build-transfer-operate (at most 30 years)', KPBU: 'Public-private partnership, KPBU (per its agreement, at most 50 years)' },
  ksdpkInitiative: { DAERAH: "The region's initiative", PIHAK_KETIGA: "The third party's initiative" },
  partnerType: {
    PEMERINTAH_DAERAH: 'Regional government', BADAN_USAHA: 'Company with legal status', ORGANISASI: 'Organisation with legal status',
    PERGURUAN_TINGGI: 'University', PERORANGAN: 'Person', PEMERINTAH_DAERAH_LUAR_NEGERI: 'Foreign regional government',
    LEMBAGA_LUAR_NEGERI: 'Foreign institution', KEMENTERIAN_LEMBAGA: 'Ministry or national agency',
  },
  apply: {
    title: 'Propose a cooperation', intro: 'Fill in this form to propose a cooperation with {pemda}. Every field is required unless said otherwise.',
    category: 'Kind of cooperation', partner: 'About you', proposal: 'The plan',
    fields: {
      partner: { name: 'Name of the institution or applicant', type: 'Kind of applicant', regionOrCountry: 'Region or country', address: 'Address', contactPerson: 'Contact person', email: 'E-mail', phone: 'Phone' },
      title: 'Title', background: 'Background', purpose: 'Purpose', scope: 'Scope',
      expectedBenefits: 'Expected benefits', location: 'Location', durationMonths: 'Duration (months)',
      financing: 'Financing', departments: 'Proposed departments', ksddKind: 'KSDD kind', ksdpkInitiative: 'Initiative', category: 'Kind of cooperation',
    },
    submit: 'Send the proposal', sending: 'Sending…', invalid: 'Check the marked fields.',
    done: 'Proposal sent', code: 'Tracking code', link: 'Tracking link', openTracking: 'Open the tracking page', copy: 'Copy link', copied: 'Copied',
    attachTitle: 'Attach your application documents', attachHelp: 'Attach the application letter and the supporting documents now (PDF files only), one at a time. You can also attach them later from the tracking page.', attached: 'Documents registered',
  },
  track: {
    title: 'Track an application', intro: 'Enter the tracking code and access code from the confirmation e-mail.', code: 'Tracking code', token: 'Access code', open: 'Show',
    notFound: 'Application not found. Check the tracking code and the access code.',
    stage: 'Current stage', next: 'Next', holder: 'Your case is with', downloadDraft: 'Download: {name}, version {v}', history: 'History', documentReceived: 'Document received', uploads: 'Your uploads',
    upload: 'Upload a document', uploadHelp: 'Upload the document asked for (PDF files only). The file goes straight to secure storage.',
    revision: 'Answer the revision request', revisionNote: 'Your answer', resubmit: 'Send the revision', withdraw: 'Withdraw the application', withdrawConfirm: 'Withdraw this application?',
    monev: "Partner's monitoring report", monevHelp: 'Report on the cooperation each period, with the report (PDF) attached.', submitted: 'Sent. Thank you.',
  },
  upload: { type: 'Document type', file: 'File', start: 'Upload', hashing: 'Computing the fingerprint…', sending: 'Uploading… {p}%', checking: 'Checking the file…', registered: 'Registered as version {v}', registeredNew: 'Registered.', rejected: 'Rejected: {reason}', expired: 'Expired: {reason}', unregistered: 'Uploads not registered', progress: 'Upload progress', putFailed: 'The file could not be sent to storage (code {status}). Upload it once more.', stillPending: 'The file is still being checked. Reload the page in a moment to see the result.' },
  problemTitle: {
    'invalid-fields': 'Invalid input', 'payload-too-large': 'The request is too large', 'unsupported-media-type': 'Content type not supported', internal: 'Something went wrong on the server',
    'not-found': 'Not found', 'conditions-unmet': 'Conditions not met yet', 'version-conflict': 'Someone else changed this in the meantime', forbidden: 'Not allowed',
    'malformed-body': 'The request could not be read', 'malformed-path': 'Invalid address', 'invalid-header': 'Invalid header', 'invalid-command': 'Invalid action input',
    'action-not-applicable': 'This action does not apply at this stage', 'too-many-proposals': 'Too many proposals today', unauthenticated: 'Please sign in again',
    'admin-only': 'Admins only', 'user-exists': 'An account with this address exists', 'directory-unavailable': 'The user directory is unavailable',
    'import-invalid': 'Invalid import file', 'import-failed': 'Import failed', 'import-in-progress': 'An import is running', 'no-role': 'Account without a Si Kerja role',
    'no-department': 'Department account without a department', 'id-token-required': 'An ID token is required',
  },
  problemDetail: { 'invalid-fields': 'Check the fields named.' },
  uploadStatus: { PENDING: 'Being checked', REGISTERED: 'Registered', REJECTED: 'Rejected', EXPIRED: 'Expired' },
  verify: {
    title: 'Verify a document', intro: 'Choose the file of a cooperation document. Its SHA-256 fingerprint is computed in your browser; the file is not sent.',
    file: 'Document file', orHash: 'or paste a SHA-256 fingerprint', check: 'Check', hash: 'SHA-256 fingerprint',
    genuine: 'Genuine: this is the registered signed version.', notGenuine: 'Not found: this file matches no signed document in the registry.',
    registeredAt: 'Registered on',
  },
  login: { title: 'Officer sign-in', intro: 'Sign in with your Si Kerja account.', hosted: 'Sign in', local: 'Local runtime: choose a demo user.', as: 'Sign in as {name}', failed: 'Sign-in failed: {msg}' },
  dashboard: {
    title: 'Dashboard', board: 'Cases by stage', overdue: 'Overdue', dueThisWeek: 'Due this week', endingSoon: 'Ending within 180 days', total: 'All cases',
    refusedMandatory: 'Mandatory cooperation refused', refusedMandatoryHelp: 'Mandatory KSDD the region refused or withdrew: reported to the Governor (a regency/city) or the Minister (a province), who may take it over.',
    asOf: 'As of {date}', emptyStage: 'Empty', nextDue: 'Next due',
  },
  cases: { title: 'Cases', empty: 'No cases.', q: 'Search title, partner, summary or tracking code' },
  roleName: { ADMIN: 'Cooperation office admin', OPD: 'Department', TKKSD: 'TKKSD member', PIMPINAN: 'Leadership', PARTNER: 'Partner/Applicant', SYSTEM: 'System' },
  monevKind: { PARTNER_REPORT: 'Partner’s monitoring report', OPD_REPORT: 'Department’s monitoring report' },
  casePrint: { title: 'Cooperation case summary', printed: 'Printed {date}', pemda: 'Regional government', category: 'Category', stage: 'Stage' },
  case: {
    overview: 'Overview', partner: 'Partner', departments: 'Departments', tracking: 'Tracking code', created: 'Created', updated: 'Updated',
    timeline: 'Timeline', documents: 'Documents', versions: 'Versions', download: 'Download', facts: 'Recorded facts', due: 'Due dates', warnings: 'Attention',
    actions: 'Actions', allowed: 'Actions you can take now', blocked: 'Not possible yet', reasons: 'Why',
    to: 'to {stage}', note: 'Note', attach: 'Attachments', addDocument: 'Add attachment', run: 'Apply', done: 'Saved: stage {stage}.',
    stale: 'Someone else changed the case; the latest state is loaded. Check and try again.', monev: 'Monitoring', proposal: 'Proposal', sha: 'SHA-256',
    by: 'by {role}', endReason: 'Reason for ending', needs: 'To complete in the form:',
  },
  tkksd: { title: 'TKKSD assessment', help: "Record the date and recommendation of the Regional Cooperation Coordination Team's assessment and attach it." },
  monev: {
    title: 'Monitoring and evaluation', periodDate: 'A date in the period', summary: 'Summary of the work', evaluation: 'Evaluation',
    rating: 'Overall rating (1–5)', recommendation: 'Recommendation', score: 'Score (1–5)',
    criteria: { KESESUAIAN_TUJUAN: 'Fit with the goal', KETEPATAN_WAKTU: 'Timeliness', KONTRIBUSI_MITRA: 'Partner contribution', KOORDINASI: 'Coordination', CAPAIAN_INDIKATOR: 'Indicator achievement', DAMPAK: 'Impact', DOKUMENTASI: 'Documentation', PELAPORAN: 'Reporting', RELEVANSI: 'Relevance' },
    recommendations: { LANJUTKAN: 'Continue', PERLUAS: 'Expand', HENTIKAN: 'Stop' },
  },
  endReason: {
    MASA_BERLAKU_HABIS: 'The term expired', TUJUAN_TERCAPAI: 'The goal was reached', KESEPAKATAN_PARA_PIHAK: 'Both parties agreed',
    PERUBAHAN_KEBIJAKAN: 'A change of law or policy', OBJEK_TIDAK_ADA: 'The object no longer exists', PUTUSAN_PENGADILAN: 'A court ruling',
    MITRA_PAILIT: 'The partner is bankrupt', DIGANTI_PERJANJIAN_BARU: 'Replaced by a new agreement',
  },
  departments: {
    title: 'Departments', intro: 'The Pemda’s departments (OPD) that may handle a cooperation. Their names show in the public registry and the application form.',
    code: 'Code', name: 'Name', add: 'Add a department', remove: 'Remove', saved: 'Saved.', changed: 'Another admin changed the list; the latest list is loaded.',
    source: { STORED: 'Saved by an admin', SHIPPED: 'Shipped list' }, codeHelp: 'Code: 2–20 upper-case letters, digits or _.',
    filter: 'Filter departments', chosen: 'Chosen: {list}', chosenNone: 'No department chosen yet.', unavailable: 'The department list could not be loaded. Type the codes, comma-separated.', count: '{n} departments',
  },
  users: {
    title: 'Users', intro: "Si Kerja's officer accounts. A new officer receives an invitation with a temporary password by e-mail.",
    adminOnly: "Only the cooperation office's admins manage users' accounts.",
    filters: 'Filter users', q: 'Search name or e-mail', group: 'Role', department: 'Department', state: 'Status', show: 'Show',
    name: 'Name', email: 'E-mail', status: 'Status', actions: 'Actions', count: '{n} users', empty: 'No users for this choice.',
    newTitle: 'Invite an officer', create: 'Send invitation', created: 'Invitation sent to {email}.',
    departmentHelp: { opd: 'Required: the department the officer works in.', tkksd: 'Optional: set it when the TKKSD member handles one department only (TKKSD lokus).' },
    noDepartment: '— no department —', edit: 'Change', editTitle: 'Change {name}', saved: 'Saved.', cancel: 'Cancel',
    disable: 'Disable', enable: 'Enable', confirmDisable: "Disable {name}'s account? This officer cannot sign in until it is enabled again.",
    confirmEnable: "Enable {name}'s account again?", confirmYes: 'Yes, {action}',
    enabled: 'Active', disabled: 'Disabled', you: '(you)',
    groups: { admin: 'Cooperation office admin', tkksd: 'TKKSD member', opd: 'Department staff', pimpinan: 'Leadership' },
    statuses: { FORCE_CHANGE_PASSWORD: 'Invitation not used yet', CONFIRMED: 'Has signed in', UNCONFIRMED: 'Not confirmed', RESET_REQUIRED: 'Password reset required', ARCHIVED: 'Archived', COMPROMISED: 'Blocked (password leaked)', EXTERNAL_PROVIDER: 'Signs in through SSO', UNKNOWN: 'Unknown' },
  },
  holidays: { title: 'Holiday calendar', intro: 'National holidays and collective leave days count against working-day deadlines.', year: 'Year', date: 'Date', name: 'Name', kind: 'Kind', add: 'Add a holiday', remove: 'Remove', source: { STORED: 'Saved by an admin', SHIPPED: 'Shipped list' }, kinds: { LIBUR_NASIONAL: 'National holiday', CUTI_BERSAMA: 'Collective leave' }, saved: 'Saved.', confirmed: 'The list is complete per this year\'s SKB (confirmed)', unconfirmed: 'Not confirmed: working-day deadlines running through this year are provisional.' },
  settings: { title: 'Settings', digest: 'E-mail digest', frequency: 'Frequency', weekday: 'Day', saved: 'Saved.', frequencies: { DAILY: 'Every working day', WEEKLY: 'Once a week', OFF: 'Not sent' }, weekdays: { MONDAY: 'Monday', TUESDAY: 'Tuesday', WEDNESDAY: 'Wednesday', THURSDAY: 'Thursday', FRIDAY: 'Friday' } },
  reports: { title: 'Reports', groupBy: 'Group by', year: 'Year', total: 'Total', refusedMandatory: 'Mandatory cooperation refused', show: 'Show', export: 'Download {format}', empty: 'No agreement for this choice yet.', caption: 'Agreements per {group} and stage', foreign: 'Yearly report of foreign cooperation', foreignDue: 'Sent to {to} by {date}.', foreignEmpty: 'No foreign cooperation was running in {year}.', agreement: 'Agreement', term: 'Term', activities: 'Monitoring reports', groups: { year: 'Year', department: 'Department', partner: 'Partner', field: 'Field', category: 'Kind' } },
  imports: {
    title: 'Import older agreements', intro: 'Agreements signed before Si Kerja are entered at once from one CSV or XLSX file. Try it first: nothing is saved until every row is valid.',
    step1: '1. Template', templateHelp: 'One row per agreement; the XLSX workbook has a sheet describing each column.', template: 'Download the {format} template',
    adminOnly: "Only the cooperation office's admins may import older agreements.",
    step2: '2. Signed documents', documentsHelp: 'Upload each agreement\'s signed document, then copy its code into the documents column (several codes separated by ";").',
    step3: '3. Import file', file: 'CSV or XLSX file', dryRun: 'Try', dryRunResult: 'Result of the trial', run: 'Import', retry: 'Retry the import', refused: 'Import refused',
    rows: 'Rows', valid: 'Valid', problems: 'Problems', row: 'Row', field: 'Column', message: 'Message', imported: '{n} agreements imported.', clean: 'Every row is valid.',
    running: 'This file is being imported. Wait a moment, then retry: you get its result without importing twice.',
    failedAt: 'It stopped at row {row}.', undone: 'Nothing was saved; retry the import.', notUndone: 'Retry the same file: what the earlier import left is cleaned up first.',
  },
  stage: {
    INTAKE: 'Intake validation', REVISI: 'Revision by the proposer', PERSIAPAN: 'Preparation', PENAWARAN: 'Offer', PENYUSUNAN_KB: 'Drafting the KB',
    PENANDATANGANAN_KB: 'Signing the KB', PERSETUJUAN_DPRD: 'DPRD approval', PENYUSUNAN_PKS: 'Drafting the PKS', PENANDATANGANAN_PKS: 'Signing the PKS',
    PRAKARSA: 'Initiative', PENJAJAKAN: 'Exploration', PERNYATAAN_KEHENDAK: 'Letter of Intent', RENCANA_KERJA_SAMA: 'Cooperation plan',
    VERIFIKASI_MENTERI: "Minister's verification", RANCANGAN_NASKAH: 'Draft agreement', PEMBAHASAN: 'Discussion', PERSETUJUAN_MENTERI: "Minister's approval",
    PENANDATANGANAN_NASKAH: 'Signing the agreement', PELAKSANAAN: 'Implementation', PENATAUSAHAAN: 'Administration', PELAPORAN: 'Reporting',
    SELESAI: 'Ended', DITOLAK: 'Rejected', DIBATALKAN: 'Withdrawn',
    PENYUSUNAN_NOTA_KESEPAKATAN: 'Drafting the Nota Kesepakatan', PENANDATANGANAN_NOTA_KESEPAKATAN: 'Signing the Nota Kesepakatan', RENCANA_AKSI: 'Action plan',
  },
  docType: {
    SURAT_PERMOHONAN: 'Application letter', SURAT_PENAWARAN: 'Offer letter', SURAT_JAWABAN: 'Answer letter', KAK: 'Terms of reference (KAK)',
    STUDI_KELAYAKAN: 'Feasibility study', KAJIAN_TKKSD: 'TKKSD assessment', KB_DRAFT: 'Draft KB', KB_SIGNED: 'Signed KB',
    PKS_DRAFT: 'Draft PKS', PKS_SIGNED: 'Signed PKS', SURAT_KUASA: 'Power of attorney', DPRD_REQUEST: 'Request to the DPRD',
    DPRD_DECISION: "DPRD's decision", LOI: 'Letter of Intent', RKS: 'Cooperation plan', NASKAH_DRAFT: 'Draft agreement',
    SURAT_KONFIRMASI: 'Confirmation letter', PERSETUJUAN_MENTERI: "Minister's approval", NASKAH_SIGNED: 'Signed agreement',
    SURAT_PENGANTAR: 'Cover letter', RENCANA_KEGIATAN_TAHUNAN: 'Yearly activity plan', MONEV_REPORT: 'Monitoring report', EVIDENCE: 'Evidence', LAPORAN: 'Report', BERITA_ACARA: 'Official record',
    NOTA_KESEPAKATAN_DRAFT: 'Draft Nota Kesepakatan', NOTA_KESEPAKATAN_SIGNED: 'Signed Nota Kesepakatan', RENCANA_KERJA: 'Action plan (Rencana Aksi / Rencana Kerja)', DASAR_JANGKA_WAKTU: 'Legal basis of the longer term (BMD utilisation approval or KPBU agreement)',
  },
  // officers: a department-initiated case (/kasus/baru)
  newCase: {
    title: 'New case (department initiative)', start: 'Start a new case',
    intro: "A cooperation initiated by the region's own department. The case starts in Preparation or Initiative; documents can be attached on the case page.",
    submit: 'Create the case', sending: 'Creating…', invalid: 'Check the marked fields.', forbidden: 'Only department users or admins can start a case.',
  },
  caseFlow: {
    next: 'Next step', other: 'Other actions', danger: 'Reject, withdraw or end', confirm: '{action}: this cannot be undone. Continue?',
    overdue: 'overdue', reminders: 'Reminders', true: 'Yes', false: 'No', linked: 'Linked cases', print: 'Print the summary',
    budgetYear: { both: '{year}: RKPD and APBD', rkpd: '{year}: RKPD only', apbd: '{year}: APBD only', none: '{year}: in neither' },
  },
  holidaysEdit: { edit: "Change this year's list", cancel: 'Cancel' },
  tasks: {
    title: 'My tasks', nav: 'My tasks',
    intro: 'What waits on you now in the cooperation process: applications to validate, the assessments, documents and decisions that are your role\'s, and deadlines passed or due within 7 calendar days. Most urgent first.',
    q: 'Search title or tracking code', count: '{n} tasks', more: '{n} more cases in this stage', empty: 'Nothing waits on you.', noMatch: 'No task matches.',
    badge: { OVERDUE: 'Overdue', DUE_SOON: 'Soon', VALIDATION: 'Validation', ASSESSMENT: 'Assessment', DOCUMENT: 'Document', DECISION: 'Decision', DEADLINE: 'Deadline' },
    kind: {
      overdue: '{what}: {days} days overdue', dueSoon: '{what}: in {days} days', today: '{what}: today', by: '{what}: by {date}',
    },
  },
  notFound: { title: 'Page not found', back: 'Back to the home page' },
  // -- h-web-public: official identity, footer, privacy (/privasi), page titles
  identity: { contact: 'Cooperation Office contact', email: 'E-mail', phone: 'Phone', address: 'Address', privacy: 'Personal data protection', switchTo: 'switch the language to Bahasa Indonesia', logo: 'Logo of {pemda}' },
  privacy: {
    title: 'Personal data protection', thePemda: 'the regional government',
    intro: 'This page explains which personal data {pemda} collects through Si Kerja from prospective cooperation partners, what for, and your rights under Law 27 of 2022 on Personal Data Protection.',
    whatTitle: 'What is collected',
    collected: { org: 'The partner institution’s name, kind and address.', contact: 'The contact person’s name, position, e-mail address and phone number.', documents: 'The documents you send (request letter, feasibility study or terms of reference, draft and signed agreements) with their SHA-256 fingerprints.', history: 'A record of every change to the application: who, when and what changed.' },
    whyTitle: 'What for',
    why: 'These data are used only to process the application and carry out the cooperation under Government Regulation 28/2018, and to keep you informed about your application. The legal basis is the exercise of the regional government’s authority and public service (Law 27/2022, Article 20(2)(e)).',
    publicTitle: 'What the public sees',
    public: 'The public registry shows only the title, kind, the parties’ names, departments, field, dates and the fingerprints of signed documents. Contact names, e-mail addresses and phone numbers are never shown.',
    keepTitle: 'How long they are kept',
    keep: 'While the cooperation runs and afterwards for the regional government’s archive retention period.',
    rightsTitle: 'Your rights',
    rights: { info: 'To be informed about the processing of your data.', access: 'To see and obtain a copy of your data.', correct: 'To correct inaccurate data.', erase: 'To ask for data no longer needed to be erased, unless it must be kept as an archive.' },
    ask: 'To exercise these rights or ask a question, contact the Cooperation Office of {pemda}:',
  },
  pageTitle: { home: 'Registry of cooperation', apply: 'Propose a cooperation', track: 'Track an application', verify: 'Verify a document', privacy: 'Personal data protection', 'registry-entry': 'Agreement details', login: 'Officer sign-in', dashboard: 'Dashboard', cases: 'Cases', case: 'Case', holidays: 'Holidays', departments: 'Departments', settings: 'Settings', reports: 'Reports', imports: 'Import', 'not-found': 'Page not found' },
  // -- h-web-public: one registry entry (/registri/{id})
  registryEntry: {
    back: 'Back to the registry', missingTitle: 'Agreement not found', missing: 'This agreement is not in the public registry.',
    pemda: 'Regional government', documents: 'Signed documents', noDocuments: 'No signed document yet.',
    documentsHelp: 'The SHA-256 fingerprint of each official document. A copy you hold is genuine when its fingerprint is the same.',
    version: 'version {v}', fingerprint: 'SHA-256 fingerprint', verify: 'Verify a copy of this document', open: 'See details',
  },
  // issue 14, partners
  partnerNet: { network: 'Could not reach the server. Check your internet connection, then try again.' },
  // issue 18 (h18-owner): the responsible officer and the hand-over
  owner: {
    responsible: 'Responsible officer', unassigned: 'Not assigned yet', filter: 'Responsible officer', anyone: 'Anyone', mine: 'Me',
    pick: 'Choose an officer', pickHelp: "An admin, or an enabled officer of one of this cooperation's departments.",
    loadOfficers: 'The list of officers could not be loaded.',
    disabledTile: 'Responsible officer disabled', disabledHelp: 'Running cases whose responsible officer was disabled: hand their files over on the Users page.',
    handover: 'Hand files over', handoverTitle: "Hand {name}'s files over", handoverIntro: "The open cases {name} is responsible for and their digest subscription go to a successor in one step; each case's timeline records it.",
    successor: 'Successor', handoverDone: '{n} cases handed over to {name}.', handoverNothing: 'No open case needed handing over.',
    offerAfterDisable: "{name}'s account is disabled. Hand their files over to a successor?",
    offerAfterDepartment: "{name}'s department changed. Hand their files over to a successor?",
  },
  yearValue: {
    title: 'Value of cooperation per year', intro: 'The value recorded for each year of implementation; for cooperation with a third party also its revenue to the region (PAD), assets and in-kind contributions.',
    empty: 'No value recorded for this choice yet.', agreements: 'Agreements', value: 'Value', pad: 'PAD', assets: 'Assets', inKind: 'In kind',
  },
};

export const messages = { id, en };
export type MessageSchema = Messages;

/** The document types a partner may upload in each stage (ProcessDefinitions: documents(...).by(..., PARTNER)). */
export const partnerUploadTypes: Partial<Record<StageName, DocumentType[]>> = {
  REVISI: ['SURAT_PERMOHONAN', 'SURAT_PENAWARAN', 'KAK', 'STUDI_KELAYAKAN'],
  PENANDATANGANAN_KB: ['KB_SIGNED'],
  PENANDATANGANAN_PKS: ['PKS_SIGNED'],
  PERNYATAAN_KEHENDAK: ['LOI'],
  PENANDATANGANAN_NASKAH: ['NASKAH_SIGNED'],
  PENANDATANGANAN_NOTA_KESEPAKATAN: ['NOTA_KESEPAKATAN_SIGNED'],
  RENCANA_AKSI: ['RENCANA_KERJA'],
  PELAKSANAAN: ['MONEV_REPORT', 'EVIDENCE'],
};

/**
 * What a partner attaches to its application at intake, by category (ProcessDefinitions.partnerIntakeDocuments):
 * the surat permohonan, and the KAK (KSDD, foreign) or the studi kelayakan (KSDPK).
 */
export const partnerIntakeUploadTypes: Record<'KSDD' | 'KSDPK' | 'KSDPL' | 'KSDLL' | 'SINERGI', DocumentType[]> = {
  SINERGI: ['SURAT_PERMOHONAN', 'KAK'],
  KSDD: ['SURAT_PERMOHONAN', 'KAK'],
  KSDPK: ['SURAT_PERMOHONAN', 'STUDI_KELAYAKAN'],
  KSDPL: ['SURAT_PERMOHONAN', 'KAK'],
  KSDLL: ['SURAT_PERMOHONAN', 'KAK'],
};

/** Stages in the order of the legal paths, for boards and charts. */
export const stageOrder = [
  'INTAKE', 'REVISI', 'PERSIAPAN', 'PENAWARAN', 'PENYUSUNAN_KB', 'PENANDATANGANAN_KB', 'PERSETUJUAN_DPRD', 'PENYUSUNAN_PKS',
  'PENANDATANGANAN_PKS', 'PRAKARSA', 'PENJAJAKAN', 'PERNYATAAN_KEHENDAK', 'RENCANA_KERJA_SAMA', 'VERIFIKASI_MENTERI',
  'RANCANGAN_NASKAH', 'PEMBAHASAN', 'PERSETUJUAN_MENTERI', 'PENANDATANGANAN_NASKAH',
  'PENYUSUNAN_NOTA_KESEPAKATAN', 'PENANDATANGANAN_NOTA_KESEPAKATAN', 'RENCANA_AKSI', // SINERGI (h-legal-c)
  'PELAKSANAAN', 'PENATAUSAHAAN', 'PELAPORAN', 'SELESAI', 'DITOLAK', 'DIBATALKAN',
];
