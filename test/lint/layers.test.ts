import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const fixture = (name: string) => readFileSync(join(root, 'test/fixtures/layering', name), 'utf8');

/** What the project's own lint config (the one `npm run lint` runs) says of a file placed at `filePath`. */
async function layeringErrors(source: string, filePath: string) {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(source, { filePath: join(root, filePath) });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'tezgah/layers').map((message) => ({ line: message.line, message: message.message }));
}

describe('the layering table in lint', () => {
  it('fails a core file that imports against the table, and lets its allowed imports through', async () => {
    const errors = await layeringErrors(fixture('checkoutBuildsAWebhook.ts'), 'src/main/core/checkout/fixture.ts');
    expect(errors).toEqual([
      { line: 3, message: expect.stringContaining('checkout may not import webhook') },
      { line: 4, message: expect.stringContaining('checkout may not import training') },
    ]);
  });

  it('fails a screen that imports another screen or the app root', async () => {
    const errors = await layeringErrors(fixture('screenImportsAScreen.tsx'), 'src/renderer/src/screens/manager/Fixture.tsx');
    expect(errors).toEqual([
      { line: 3, message: expect.stringContaining('screens/manager may not import screens/onboarding') },
      { line: 4, message: expect.stringContaining('may not import the composition root') },
    ]);
  });

  it('keeps the fixtures out of the normal lint run', async () => {
    const eslint = new ESLint({ cwd: root });
    expect(await eslint.isPathIgnored(join(root, 'test/fixtures/layering/checkoutBuildsAWebhook.ts'))).toBe(true);
  });
});

describe('a folder the layering table does not know', () => {
  it('is an error until it gets its line in the table', async () => {
    const errors = await layeringErrors("export const shift = 'open';\n", 'src/main/core/shifts/shiftService.ts');
    expect(errors).toEqual([{ line: 1, message: expect.stringContaining('src/main/core/shifts/shiftService.ts is in no unit of the layering table') }]);
  });
});
