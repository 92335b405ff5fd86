import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { developmentCsp, PRODUCTION_CSP } from '../../src/main/electron/csp';

const directives = (csp: string) =>
  Object.fromEntries(
    csp.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/u);
      return [name, values];
    }),
  );

describe('Content-Security-Policy', () => {
  it('allows only the app itself in production', () => {
    const csp = directives(PRODUCTION_CSP);
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['connect-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'none'"]);
    expect(PRODUCTION_CSP).not.toMatch(/unsafe-eval/u);
  });

  it('relaxes only script inlining and the HMR socket in development', () => {
    const csp = directives(developmentCsp('http://localhost:5173'));
    expect(csp['script-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp['connect-src']).toEqual(["'self'", 'ws://localhost:5173', 'http://localhost:5173']);
    expect(csp['object-src']).toEqual(["'none'"]);
  });

  it('is also in the renderer pages as a meta tag, with no inline scripts allowed', () => {
    for (const page of ['src/renderer/index.html', 'src/renderer/harness.html']) {
      const html = readFileSync(page, 'utf8');
      const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/u.exec(html)?.[1] ?? '';
      expect(directives(meta)['script-src']).toEqual(["'self'"]);
      expect(directives(meta)['connect-src']).toEqual(["'self'"]);
    }
  });
});
