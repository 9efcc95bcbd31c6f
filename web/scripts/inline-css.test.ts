import { describe, expect, it } from 'vitest';
import { inlineStylesheets } from './inline-css';

describe('the entry stylesheet inlined into index.html (home page LCP on a slow network)', () => {
  it('replaces the render-blocking link by the stylesheet itself and leaves what it does not know', () => {
    const html = '<head><link rel="modulepreload" crossorigin href="/assets/a.js"><link rel="stylesheet" crossorigin href="/assets/index-1.css">'
      + '<link rel="stylesheet" href="/assets/other.css"></head>';
    const out = inlineStylesheets(html, (f) => (f === 'assets/index-1.css' ? '.top{color:red}</style><p>' : null));
    expect(out).toBe('<head><link rel="modulepreload" crossorigin href="/assets/a.js"><style>.top{color:red}<\\/style><p></style>'
      + '<link rel="stylesheet" href="/assets/other.css"></head>');
  });
});
