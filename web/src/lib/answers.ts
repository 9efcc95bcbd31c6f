/**
 * Issue 16 (h16-link): proposals that answer a department's potential or need. The entry itself is the public
 * catalogue's (`GET /potentials/{id}`); what this file reads is only what the answering side needs.
 */
import { api, request } from './api';
import type { Category, Potential, PotentialAnswers, PotentialsReport } from './types';

/** The entry a proposal answers (the public catalogue's answer). */
export function answeredEntry(id: string): Promise<Potential> {
  return api.potential(id);
}

/** How many proposals answer the entry and the public agreements it led to. */
export function potentialAnswers(id: string): Promise<PotentialAnswers> {
  return request<PotentialAnswers>(`/potentials/${encodeURIComponent(id)}/answers`);
}

/** Entries per department and field, with and without proposals, led to agreements (officers). */
export function potentialsReport(): Promise<PotentialsReport> {
  return request<PotentialsReport>('/reports/potentials?format=json');
}

const categories: Category[] = ['KSDD', 'KSDPK', 'KSDPL', 'KSDLL', 'SINERGI'];

/** The pre-filled choices `/ajukan` reads from its query: `?potentialId=&department=&category=`. */
export function answeringQuery(q: Record<string, unknown>): { potentialId?: string; department?: string; category?: Category } {
  const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
  const potentialId = one(q.potentialId);
  const department = one(q.department);
  const category = one(q.category);
  return {
    potentialId: typeof potentialId === 'string' && /^[A-Za-z0-9-]{1,64}$/.test(potentialId) ? potentialId : undefined,
    department: typeof department === 'string' && /^[A-Z0-9_-]{2,32}$/.test(department) ? department : undefined,
    category: typeof category === 'string' && (categories as string[]).includes(category) ? (category as Category) : undefined,
  };
}
