/**
 * Issue 17: the officer's unread notifications, for the header's count. Read politely: when the officer navigates
 * or comes back to the tab, at most once every 30 seconds (no timer loop), and at once after marking items read.
 */
import { ref } from 'vue';
import { api } from './api';
import { auth } from './auth';

export const unreadCount = ref(0);
let last = 0;
let pending: Promise<void> | null = null;

export function refreshUnread(force = true, now = Date.now()): Promise<void> {
  if (!auth.session) {
    unreadCount.value = 0;
    return Promise.resolve();
  }
  if (!force && now - last < 30_000) return Promise.resolve();
  if (pending) return pending;
  last = now;
  pending = api.notifications(1)
    .then((page) => { unreadCount.value = page.unread; })
    .catch(() => { /* the count waits for the next navigation */ })
    .finally(() => { pending = null; });
  return pending;
}
