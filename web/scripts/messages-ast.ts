// The interface texts precompiled for vue-i18n's runtime: each message string becomes the AST that vue-i18n's own
// message compiler would make of it in the browser (its JIT mode), so the build ships the messages as data and
// leaves the compiler out (__INTLIFY_DROP_MESSAGE_COMPILER__). Used by vite.config.ts at build time only.
import { baseCompile } from '@intlify/message-compiler';

export type MessageTree = { [key: string]: string | MessageTree };

/** The same tree with each message compiled; a message vue-i18n cannot parse fails the build, naming its key. */
export function precompileMessages(tree: MessageTree, path = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(tree)) {
    const at = path ? `${path}.${key}` : key;
    if (typeof value === 'string') {
      out[key] = baseCompile(value, {
        jit: true,
        location: false,
        minify: true, // short member names (t, b, i, v, k), which vue-i18n's runtime reads too
        onError: (e) => {
          throw new Error(`message ${at}: ${e.message}`);
        },
      }).ast;
    } else {
      out[key] = precompileMessages(value, at);
    }
  }
  return out;
}
