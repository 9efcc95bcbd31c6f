import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { signedIn } from './lib/auth';
import HomeView from './views/HomeView.vue';

// Every page but the landing page is its own chunk, loaded when first visited (main.ts starts loading the asked
// page's chunk at once). Paths are the ones the API's e-mails link to
// (/lacak/{code}#token=..., /kasus/{id}, /pengaturan) and Cognito's callback (/auth/callback).
export const routes: RouteRecordRaw[] = [
  // the landing page is in the first chunk: most visits start there, and it paints without another round trip
  { path: '/', name: 'home', component: HomeView },
  { path: '/ajukan', name: 'apply', component: () => import('./views/ApplyView.vue') },
  { path: '/lacak/:code?', name: 'track', component: () => import('./views/TrackView.vue') },
  { path: '/registri/:id', name: 'registry-entry', component: () => import('./views/RegistryEntryView.vue') },
  // issue 16: the public catalogue of departments' potentials and needs; officers publish from /peluang/baru
  { path: '/peluang', name: 'potentials', component: () => import('./views/PotentialsView.vue') },
  { path: '/peluang/baru', name: 'potential-new', component: () => import('./views/PotentialView.vue'), meta: { officer: true } },
  { path: '/peluang/:id', name: 'potential', component: () => import('./views/PotentialView.vue') },
  { path: '/privasi', name: 'privacy', component: () => import('./views/PrivacyView.vue') },
  { path: '/verifikasi', name: 'verify', component: () => import('./views/VerifyView.vue') },
  { path: '/masuk', name: 'login', component: () => import('./views/LoginView.vue') },
  { path: '/auth/callback', name: 'callback', component: () => import('./views/CallbackView.vue') },
  { path: '/dasbor', name: 'dashboard', component: () => import('./views/DashboardView.vue'), meta: { officer: true } },
  { path: '/tugas', name: 'tasks', component: () => import('./views/TasksView.vue'), meta: { officer: true } },
  { path: '/kalender', name: 'calendar', component: () => import('./views/CalendarView.vue'), meta: { officer: true } },
  { path: '/kasus', name: 'cases', component: () => import('./views/CasesView.vue'), meta: { officer: true } },
  { path: '/kasus/baru', name: 'new-case', component: () => import('./views/NewCaseView.vue'), meta: { officer: true } },
  { path: '/kasus/:id', name: 'case', component: () => import('./views/CaseView.vue'), meta: { officer: true } },
  { path: '/libur', name: 'holidays', component: () => import('./views/HolidaysView.vue'), meta: { officer: true } },
  { path: '/opd', name: 'departments', component: () => import('./views/DepartmentsView.vue'), meta: { officer: true } },
  { path: '/pengaturan', name: 'settings', component: () => import('./views/SettingsView.vue'), meta: { officer: true } },
  { path: '/laporan', name: 'reports', component: () => import('./views/ReportsView.vue'), meta: { officer: true } },
  { path: '/impor', name: 'imports', component: () => import('./views/ImportView.vue'), meta: { officer: true } },
  { path: '/pengguna', name: 'users', component: () => import('./views/UsersView.vue'), meta: { officer: true } },
  // issue 17: the letter templates admins keep (linked from Pengaturan)
  { path: '/pengaturan/templat-surat', name: 'letter-templates', component: () => import('./views/LetterTemplatesView.vue'), meta: { officer: true } },
  // issue 17 (h17-talk): the officer's notifications
  { path: '/notifikasi', name: 'notifications', component: () => import('./views/NotificationsView.vue'), meta: { officer: true } },
  { path: '/:rest(.*)*', name: 'not-found', component: () => import('./views/NotFoundView.vue') },
];

export function makeRouter() {
  const router = createRouter({
    history: createWebHistory(),
    routes,
    scrollBehavior: () => ({ top: 0 }),
  });
  router.beforeEach((to) => {
    if (to.meta.officer && !signedIn()) return { name: 'login', query: { next: to.fullPath } };
    return true;
  });
  return router;
}
