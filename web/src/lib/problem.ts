/** RFC 9457 problem details as the Si Kerja API answers them, and the field errors a form shows. */
export interface FieldError {
  field: string | null;
  message: string;
  code?: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  errors?: Array<{ field?: string; pointer?: string; code?: string; message: unknown; messages?: { id: string; en: string } }>;
  unmet?: Array<{ kind?: string; code: string; field?: string | null; message: string }>;
  problems?: Array<{ row?: number; field?: string; message: unknown }>;
  current?: Record<string, unknown>;
  [key: string]: unknown;
}

/** A message that may be a plain string or an {id, en} pair (read side), in the page's language. */
export function text(message: unknown, lang: string): string {
  if (message == null) return '';
  if (typeof message === 'string') return message;
  if (typeof message === 'object') {
    const m = message as Record<string, string>;
    return m[lang] ?? m.id ?? m.en ?? '';
  }
  return String(message);
}

/** The server could not be reached (fetch or upload failed before any answer): shown in the page's language. */
export class NetworkError extends Error {}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.title || problem.detail || `HTTP ${status}`);
  }

  /** Every field error of the problem: `errors` (bad fields), `unmet` (conditions), `problems` (import rows). */
  fieldErrors(lang = 'id'): FieldError[] {
    const out: FieldError[] = [];
    for (const e of this.problem.errors ?? []) {
      // the API sends each field's message in both languages: a page switched to the other language re-reads it
      out.push({ field: e.field ?? pointerToField(e.pointer), message: text(e.messages ?? e.message, lang), code: e.code });
    }
    for (const u of this.problem.unmet ?? []) {
      out.push({ field: u.field ?? null, message: u.message, code: u.code });
    }
    return out;
  }

  /** Field errors by field name (several messages joined); errors without a field under "". */
  byField(lang = 'id'): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.fieldErrors(lang)) {
      const key = e.field ?? '';
      out[key] = out[key] ? `${out[key]}; ${e.message}` : e.message;
    }
    return out;
  }
}

function pointerToField(pointer?: string): string | null {
  if (!pointer) return null;
  return pointer.replace(/^\//, '').split('/').join('.') || null;
}
