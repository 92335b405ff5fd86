import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
    expect(csp['style-src']).toEqual(["'self'"]);
    expect(csp['connect-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'none'"]);
    expect(PRODUCTION_CSP).not.toMatch(/unsafe-eval|unsafe-inline/u);
  });

  it('relaxes only script and style inlining and the HMR socket in development', () => {
    const csp = directives(developmentCsp('http://localhost:5173'));
    expect(csp['script-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp['connect-src']).toEqual(["'self'", 'ws://localhost:5173', 'http://localhost:5173']);
    expect(csp['object-src']).toEqual(["'none'"]);
  });

  it('is also in the renderer pages as a meta tag, with no inline scripts allowed', () => {
    for (const page of ['src/renderer/index.html', 'src/renderer/harness.html']) {
      const html = readFileSync(page, 'utf8');
      const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/u.exec(html)?.[1] ?? '';
      expect(directives(meta)['script-src']).toEqual(["'self'"]);
      expect(directives(meta)['style-src']).toEqual(["'self'"]);
      expect(directives(meta)['connect-src']).toEqual(["'self'"]);
    }
  });

  it('needs no inline styles: no component sets a style attribute', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? sources(join(dir, entry.name)) : /\.tsx?$/u.test(entry.name) ? [join(dir, entry.name)] : [],
      );
    const inline = sources('src/renderer/src').filter((file) => /\bstyle=\{|setAttribute\(\s*['"]style|<style/u.test(readFileSync(file, 'utf8')));
    expect(inline).toEqual([]);
  });
});
