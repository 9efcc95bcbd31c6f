/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import vue from '@vitejs/plugin-vue';
import { messages } from './src/lib/messages.ts';
import { precompileMessages } from './scripts/messages-ast.ts';
import { inlineEntryCss } from './scripts/inline-css.ts';

const MESSAGES = 'virtual:sikerja-messages';

/**
 * The interface texts, as `import messages from 'virtual:sikerja-messages'`: in the build, precompiled (vue-i18n's
 * AST of each message, made here), so vue-i18n's message compiler is not shipped; in dev and tests, the strings of
 * src/lib/messages.ts, compiled by vue-i18n as they are used (edits show at once).
 */
function interfaceTexts(build: boolean): Plugin {
  const source = fileURLToPath(new URL('./src/lib/messages.ts', import.meta.url));
  return {
    name: 'sikerja-messages',
    resolveId: (id) => (id === MESSAGES ? `\0${MESSAGES}` : null),
    load: (id) => {
      if (id !== `\0${MESSAGES}`) return null;
      return build
        ? `export default ${JSON.stringify(precompileMessages(messages))};`
        : `export { messages as default } from ${JSON.stringify(source)};`;
    },
  };
}

// The build is static: index.html, hashed assets, and config.json written at deploy time (AWS) or by the local
// runtime. Routes and charts are split into chunks loaded on demand, so the first page stays small.
export default defineConfig(({ command }) => ({
  plugins: [vue(), interfaceTexts(command === 'build'), inlineEntryCss()],
  define: {
    __VUE_OPTIONS_API__: false,
    __VUE_PROD_DEVTOOLS__: false,
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    __INTLIFY_JIT_COMPILATION__: true,
    // the build's messages are precompiled: vue-i18n's runtime formats them without its compiler
    __INTLIFY_DROP_MESSAGE_COMPILER__: command === 'build',
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
  },
}));
