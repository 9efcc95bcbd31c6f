/** Issue 16: what the catalogue pages share — the entry's texts in the page's language, the lists of choices. */
import type { Potential, PotentialField, PotentialKind, PotentialStatus, ExpectedForm, PartnerType } from './types';

export const potentialKinds: PotentialKind[] = ['POTENSI', 'KEBUTUHAN'];
export const potentialStatuses: PotentialStatus[] = ['OPEN', 'IN_PROGRESS', 'FULFILLED', 'CLOSED'];
export const expectedForms: ExpectedForm[] = ['KB_PKS', 'SISTER_CITY', 'LAYANAN', 'INVESTASI', 'HIBAH', 'LAINNYA'];
export const potentialFields: PotentialField[] = [
  'PENDIDIKAN', 'KESEHATAN', 'PEKERJAAN_UMUM', 'PERUMAHAN', 'KETENTERAMAN', 'SOSIAL', 'TENAGA_KERJA',
  'PEMBERDAYAAN_PEREMPUAN', 'PANGAN', 'PERTANAHAN', 'LINGKUNGAN_HIDUP', 'KEPENDUDUKAN', 'PEMBERDAYAAN_MASYARAKAT',
  'KELUARGA_BERENCANA', 'PERHUBUNGAN', 'KOMUNIKASI_INFORMATIKA', 'KOPERASI_UKM', 'PENANAMAN_MODAL',
  'KEPEMUDAAN_OLAHRAGA', 'STATISTIK', 'PERSANDIAN', 'KEBUDAYAAN', 'PERPUSTAKAAN', 'KEARSIPAN', 'KELAUTAN_PERIKANAN',
  'PARIWISATA', 'PERTANIAN', 'KEHUTANAN', 'ENERGI_SUMBER_DAYA_MINERAL', 'PERDAGANGAN', 'PERINDUSTRIAN', 'TRANSMIGRASI',
  'PEMERINTAHAN', 'LAINNYA',
];
/** The partner kinds an entry may suit: a person is not offered (entries address organisations and regions). */
export const potentialPartnerKinds: PartnerType[] = [
  'PEMERINTAH_DAERAH', 'BADAN_USAHA', 'PERGURUAN_TINGGI', 'ORGANISASI', 'PEMERINTAH_DAERAH_LUAR_NEGERI',
  'LEMBAGA_LUAR_NEGERI', 'KEMENTERIAN_LEMBAGA',
];

/** The title in the page's language: the English one when the page is English and the department wrote one. */
export function potentialTitle(p: Potential, lang: string): string {
  return lang === 'en' && p.titleEn ? p.titleEn : p.title;
}

export function potentialDescription(p: Potential, lang: string): string {
  return lang === 'en' && p.descriptionEn ? p.descriptionEn : p.description;
}

/** Where "Ajukan kerja sama" leads: the application form, pre-filled with the entry (issue 16, /ajukan reads these). */
export function proposeLink(p: Potential): { path: string; query: Record<string, string> } {
  return { path: '/ajukan', query: { potentialId: p.id, department: p.department.code, category: p.suggestedCategory } };
}
