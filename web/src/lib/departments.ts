import { ref } from 'vue';
import { api } from './api';

const names = ref<Record<string, string>>({});
let loading: Promise<void> | null = null;

/**
 * How officers' pages name a department: "Dinas Kesehatan (DINKES)" from the Pemda's directory, loaded once per
 * page load; the code alone until it has loaded, or if it cannot be (the page still works).
 */
export function useDepartmentNames(): (code: string) => string {
  if (!loading) {
    loading = api.departments()
      .then((d) => { names.value = Object.fromEntries(d.departments.map((x) => [x.code, x.name])); })
      .catch(() => { loading = null; });
  }
  return (code: string) => (names.value[code] ? `${names.value[code]} (${code})` : code);
}
