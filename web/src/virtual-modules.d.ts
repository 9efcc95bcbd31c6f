/** The interface texts (vite.config.ts: precompiled in the build, the strings of messages.ts in dev and tests). */
declare module 'virtual:sikerja-messages' {
  const messages: typeof import('./lib/messages').messages;
  export default messages;
}
