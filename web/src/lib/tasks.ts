/**
 * "My tasks" (/tugas), built from the case list the API already scopes to the officer (an OPD sees its
 * department's cases only): a case is a task when its next deadline is overdue or within 7 days, or when it
 * stands in a stage where the region itself must act (validate, assess, draft, sign, administer, report).
 * Stages that wait on someone else (the proposer's revision, the DPRD, the Minister) or that simply run
 * (implementation) are not tasks unless a deadline is near. Most urgent first: overdue, then due soonest, then
 * the work that has waited longest.
 */
import type { CaseSummary } from './types';
import { daysUntil } from './format';

/** Stages where the Pemda's officers hold the next step. */
export const workStages = [
  'INTAKE', 'PERSIAPAN', 'PENAWARAN', 'PENYUSUNAN_KB', 'PENANDATANGANAN_KB', 'PENYUSUNAN_PKS', 'PENANDATANGANAN_PKS',
  'PRAKARSA', 'PENJAJAKAN', 'PERNYATAAN_KEHENDAK', 'RENCANA_KERJA_SAMA', 'RANCANGAN_NASKAH', 'PENANDATANGANAN_NASKAH',
  'PENATAUSAHAAN', 'PELAPORAN',
] as const;

export type TaskKind = 'overdue' | 'dueSoon' | 'validate' | 'stage';

export interface Task {
  kind: TaskKind;
  item: CaseSummary;
  /** days until the deadline (negative: overdue), or null for stage work without a near deadline */
  days: number | null;
}

const rank: Record<TaskKind, number> = { overdue: 0, dueSoon: 1, validate: 2, stage: 3 };

export function buildTasks(items: CaseSummary[], today: string, horizonDays = 7): Task[] {
  const byId = new Map<string, CaseSummary>();
  for (const c of items) byId.set(c.id, c);
  const tasks: Task[] = [];
  for (const c of byId.values()) {
    const days = c.nextDue ? daysUntil(c.nextDue.date, new Date(`${today}T00:00:00`)) : null;
    if (c.nextDue && (c.nextDue.overdue || (days !== null && days < 0))) tasks.push({ kind: 'overdue', item: c, days });
    else if (days !== null && days <= horizonDays) tasks.push({ kind: 'dueSoon', item: c, days });
    else if (c.stage === 'INTAKE') tasks.push({ kind: 'validate', item: c, days: null });
    else if ((workStages as readonly string[]).includes(c.stage)) tasks.push({ kind: 'stage', item: c, days: null });
  }
  return tasks.sort((a, b) =>
    rank[a.kind] - rank[b.kind]
    || (a.days ?? 0) - (b.days ?? 0)
    || a.item.updatedAt.localeCompare(b.item.updatedAt));
}

/** Whole or partial title, or tracking code (letters and digits only, so "KS-2026" finds "KS2026…"). */
export function matchesTask(task: Task, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  if (task.item.title.toLowerCase().includes(q)) return true;
  const code = (task.item.trackingCode ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
  const bare = q.replace(/[^a-z0-9]/g, '');
  return bare.length > 0 && code.includes(bare);
}
