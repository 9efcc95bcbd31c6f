/** A form's state: busy, its field errors from the API's problem+json, and a general message. */
import { reactive, watch } from 'vue';
import { ApiError, NetworkError, type Problem } from './problem';
import { i18n } from './i18n';

export interface FormState {
  busy: boolean;
  errors: Record<string, string>;
  message: string;
  ok: string;
  /** HTTP status of the last failure (0: none, or not an API answer). */
  status: number;
  /** The last failure's problem document, if the API sent one. */
  problem: Problem | null;
}

/** fetch() rejects with a TypeError ("Failed to fetch", "NetworkError when…", "Load failed") when no answer came. */
export function isNetworkFailure(e: unknown): boolean {
  return e instanceof NetworkError || e instanceof TypeError;
}

export function useForm() {
  const state = reactive<FormState>({ busy: false, errors: {}, message: '', ok: '', status: 0, problem: null });

  // the last failure, kept so that its summary and field errors follow a language switch at once (issue 14)
  let last: unknown = null;
  watch(() => i18n.global.locale.value, () => {
    if (last !== null && (state.message || Object.keys(state.errors).length)) fail(last);
  });

  /** The problem's title in the page's language: the API titles its problems in Indonesian; the web knows its types. */
  function title(p: Problem): string | undefined {
    const slug = p.type?.startsWith('https://sikerja.id/problems/') ? p.type.slice('https://sikerja.id/problems/'.length) : '';
    const key = `problemTitle.${slug}`;
    return slug && i18n.global.te(key) ? i18n.global.t(key) : p.title;
  }

  function detail(p: Problem, lang: string): string | undefined {
    const slug = p.type?.startsWith('https://sikerja.id/problems/') ? p.type.slice('https://sikerja.id/problems/'.length) : '';
    const key = `problemDetail.${slug}`;
    if (slug && i18n.global.te(key)) return i18n.global.t(key);
    return lang === 'id' || !slug ? p.detail : undefined; // an Indonesian detail is left out of an English summary
  }

  function fail(e: unknown): void {
    last = e;
    const lang = i18n.global.locale.value;
    state.status = e instanceof ApiError ? e.status : 0;
    state.problem = e instanceof ApiError ? e.problem : null;
    if (e instanceof ApiError) {
      state.errors = e.byField(lang);
      const general = state.errors[''];
      state.message = [title(e.problem), detail(e.problem, lang), general].filter(Boolean).join(' — ');
    } else if (isNetworkFailure(e)) {
      state.errors = {};
      state.message = i18n.global.t('partnerNet.network');
    } else {
      state.errors = {};
      state.message = (e as Error)?.message ?? String(e);
    }
  }

  /** Runs the submission: clears errors, marks busy, records a failure; returns its result or undefined. */
  async function submit<R>(work: () => Promise<R>): Promise<R | undefined> {
    state.busy = true;
    last = null;
    state.errors = {};
    state.message = '';
    state.ok = '';
    state.status = 0;
    try {
      return await work();
    } catch (e) {
      fail(e);
      return undefined;
    } finally {
      state.busy = false;
    }
  }

  /** The error of a field or of any field under it (e.g. "facts" for "facts.kbSignedOn"). */
  function error(field: string): string {
    return state.errors[field] ?? '';
  }

  return { state, submit, fail, error };
}
