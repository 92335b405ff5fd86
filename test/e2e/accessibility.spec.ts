import { expect, test } from './harness';
import type { AxeFinding } from './screenWalk';
import { axeFindings, turkishLeaks, walkEveryScreen } from './screenWalk';

test.setTimeout(240_000);

for (const language of ['tr', 'en'] as const) {
  test(`every screen in ${language === 'tr' ? 'Turkish' : 'English'} has no serious or critical axe finding`, async ({ page, harness }) => {
    const findings: AxeFinding[] = [];
    const screens: string[] = [];
    await walkEveryScreen(page, harness.url, language, async (screen) => {
      screens.push(screen);
      findings.push(...(await axeFindings(page, screen)));
    });
    const counts = new Map<string, number>();
    for (const finding of findings) counts.set(finding.impact, (counts.get(finding.impact) ?? 0) + 1);
    const byImpact = [...counts].map(([impact, count]) => `${impact} ${count}`).join(', ') || 'none';
    console.log(`axe (${language}): ${screens.length} screens; findings by impact: ${byImpact}`);
    expect(findings.filter((finding) => finding.impact === 'serious' || finding.impact === 'critical')).toEqual([]);
  });
}

test('every screen in Turkish shows no English text and no raw code', async ({ page, harness }) => {
  const leaks: { screen: string; text: string[] }[] = [];
  await walkEveryScreen(page, harness.url, 'tr', async (screen) => {
    const text = await turkishLeaks(page);
    if (text.length > 0) leaks.push({ screen, text });
  });
  expect(leaks).toEqual([]);
});
