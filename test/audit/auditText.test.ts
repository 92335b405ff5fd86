import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_GROUPS, AUDIT_OUTCOMES, describeAuditAction } from '../../src/shared/audit/auditText';
import { CHECKOUT_STATES, checkoutAlertSchema, recoveryDecisionSchema } from '../../src/shared/checkout/checkoutState';
import { webhookStatusSchema } from '../../src/shared/checkout/webhookStatus';

/** `webhook.register` records the registration state as its outcome. */
const webhookRegistrationStates = webhookStatusSchema.shape.registration.shape.state.options;

const core = join(__dirname, '../../src/main/core');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** Every audit action the core writes as a literal (`action: 'users.sign-in'`, `#auditDevice('checkout.…'`). */
function recordedActions(): Set<string> {
  const found = new Set<string>();
  for (const file of sources(core)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/action: (?:[^'\n]*\? )?'([a-z]+\.[a-z-]+)'(?: : '([a-z]+\.[a-z-]+)')?/gu)) {
      found.add(match[1]!);
      if (match[2]) found.add(match[2]);
    }
    for (const match of text.matchAll(/#auditDevice\('([a-z]+\.[a-z-]+)'/gu)) found.add(match[1]!);
    // Settings and credentials go through a `record('settings.update', …)` helper; till edits through a map.
    for (const match of text.matchAll(/record\('([a-z]+\.[a-z-]+)'/gu)) found.add(match[1]!);
    for (const match of text.matchAll(/: '(till\.[a-z-]+)'/gu)) found.add(match[1]!);
    // Tosla writes `tosla.${op.kind}` for its two kinds.
    if (/action: `tosla\.\$\{op\.kind\}`/u.test(text)) ['tosla.void', 'tosla.refund'].forEach((action) => found.add(action));
  }
  return found;
}

describe('audit log texts', () => {
  it('has Turkish and English words for every action the core records', () => {
    const actions = recordedActions();
    expect(actions.size).toBeGreaterThan(15);
    const missing = [...actions].filter((action) => AUDIT_ACTIONS[action] === undefined);
    expect(missing).toEqual([]);
  });

  it('has words for every outcome: the literals, every checkout state, alert and decision the checkout records', () => {
    const literals = new Set<string>();
    for (const file of sources(core)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/outcome: (?:[^'\n]*\? )?'([a-z-]+)'(?: : '([a-z-]+)')?/gu)) {
        literals.add(match[1]!);
        if (match[2]) literals.add(match[2]);
      }
      for (const match of text.matchAll(/refusal\('([a-z-]+)'\)|record\('[^']+', [^,]+, '([a-z-]+)'/gu)) literals.add((match[1] ?? match[2])!);
      for (const match of text.matchAll(/outcome: [^'\n]*\? '([a-z-]+)' : '([a-z-]+)'/gu)) [match[1]!, match[2]!].forEach((o) => literals.add(o));
    }
    const outcomes = [...literals, ...webhookRegistrationStates, ...CHECKOUT_STATES, ...checkoutAlertSchema.shape.kind.options, ...recoveryDecisionSchema.options];
    expect(outcomes.filter((outcome) => AUDIT_OUTCOMES[outcome] === undefined)).toEqual([]);
  });

  it('puts every action in a group the filter offers, and keeps raw codes out of the texts', () => {
    for (const code of Object.keys(AUDIT_ACTIONS)) expect(Object.keys(AUDIT_GROUPS)).toContain(code.split('.')[0]);
    for (const text of [...Object.values(AUDIT_ACTIONS), ...Object.values(AUDIT_OUTCOMES), ...Object.values(AUDIT_GROUPS)]) {
      expect(text.tr).not.toMatch(/[a-z]+\.[a-z-]+/u);
      expect(text.tr).not.toBe(text.en);
    }
    expect(describeAuditAction('future.thing').tr).toContain('future.thing');
  });
});
