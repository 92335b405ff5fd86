import { dirname, relative, resolve, sep } from 'node:path';

/**
 * Which folder may import which: the layering `npm run lint` enforces, in the spirit of
 * VS Code's `code-layering` rule. Each table lists its units bottom-up; a unit may import
 * itself, the units it names, and (in the core) the kernel. The order is the layering:
 * a unit may name only units listed above it, so an arrow never points down the table
 * and no cycle can form (the config refuses to load otherwise).
 *
 * Adding a domain (shifts, reports, dayClose, history, returns, products…):
 * - core: a folder `src/main/core/<domain>/` gets the line `<domain>: [what it builds on]`
 *   below the last unit it imports, e.g. `shifts: ['auth', 'ipc', 'storage', 'checkout']`.
 *   Its module is made by `create…Module(deps)`; what it needs of a domain that would sit
 *   above it (a callback such as `onDelivery`, an event) is handed to it by `createCore`.
 * - renderer: a screen folder `src/renderer/src/screens/<screen>/` gets
 *   `'screens/<screen>': SCREEN`. Screens never import each other: what two screens share
 *   moves to `components/`, and the app's root (`App.tsx`) composes them. A manager tab
 *   (`screens/manager/<tab>/`) belongs to the manager screen's unit.
 * The composition roots (`roots`) may import everything, and nothing in a unit imports them.
 * A file in no unit and no root is an error: a new folder joins the table before it lands.
 */
export const LAYERS = {
  core: {
    root: 'src/main/core',
    roots: ['composition.ts'],
    /** Shared by every domain: the module shape, the ports, the one failure type, which services run in training. */
    kernel: ['module.ts', 'ports.ts', 'failure.ts', 'training.ts'],
    units: {
      platform: [],
      /** What the vendors' HTTP clients share: reading an answer with a size cap. */
      http: [],
      storage: [],
      ipc: [],
      auth: [],
      secrets: [],
      updates: [],
      diagnostics: ['platform'],
      /** The embedded simulators: the only client code that imports one (a second rule guards that). */
      training: [],
      audit: ['auth', 'ipc', 'storage'],
      users: ['audit', 'auth', 'ipc', 'storage'],
      access: ['auth', 'users'],
      settings: ['auth', 'ipc', 'secrets', 'users'],
      /** The TokenX client and the connection: the account in use, its setup questions. */
      tokenx: ['http', 'ipc', 'secrets', 'settings', 'training'],
      /** Selling only: it follows the TokenX connection and never builds a client, a webhook or a simulator. */
      checkout: ['auth', 'ipc', 'storage', 'tokenx'],
      webhook: ['auth', 'ipc', 'settings', 'storage', 'tokenx', 'users'],
      tosla: ['auth', 'http', 'ipc', 'secrets', 'settings', 'storage', 'training'],
      catalog: ['auth', 'ipc', 'storage'],
      till: ['auth', 'ipc', 'users'],
      support: ['diagnostics', 'ipc', 'updates'],
    },
  },
  renderer: {
    root: 'src/renderer/src',
    /** `harness/` installs `window.pos` before it imports the app. */
    roots: ['App.tsx', 'main.tsx', 'texts.ts', 'env.d.ts', 'styles.css', 'harness'],
    kernel: [],
    units: {
      /** The one door to main. */
      'pos.ts': [],
      /** Stores, `call`, queries, the dialog stack: no texts, no widgets. */
      state: ['pos.ts'],
      /** The texts registry, translation and formats; gathers no screen's texts itself. */
      i18n: ['state'],
      feedback: ['i18n', 'state'],
      scanner: ['state'],
      /** Widgets more than one screen uses. */
      components: ['pos.ts', 'state', 'i18n', 'feedback', 'scanner'],
      layout: ['components', 'feedback', 'i18n', 'scanner', 'state'],
      'screens/cashier': screen(),
      'screens/manager': screen(),
      'screens/onboarding': screen(),
      'screens/settings': screen(),
    },
  },
};

/** What every screen may build on; never another screen. */
function screen() {
  return ['pos.ts', 'state', 'i18n', 'feedback', 'scanner', 'components'];
}

for (const [name, table] of Object.entries(LAYERS)) {
  const seen = new Set(table.kernel);
  for (const [unit, allowed] of Object.entries(table.units)) {
    const later = allowed.filter((other) => !seen.has(other));
    if (later.length > 0) throw new Error(`eslint/layers.mjs (${name}): ${unit} may name only units above it, not ${later.join(', ')}`);
    seen.add(unit);
  }
}

/** The unit a path (relative to the table's root, `/`-separated) belongs to; null when it is in none. */
export function unitOf(table, path) {
  if (table.roots.some((root) => path === root || path.startsWith(`${root}/`))) return { kind: 'root', name: path };
  if (table.kernel.includes(path)) return { kind: 'kernel', name: path };
  const names = Object.keys(table.units).sort((a, b) => b.length - a.length);
  const name = names.find((unit) => path === unit || path.startsWith(`${unit}/`));
  return name === undefined ? null : { kind: 'unit', name };
}

const posix = (path) => path.split(sep).join('/');

function tableOf(file, cwd) {
  const path = posix(relative(cwd, file));
  for (const table of Object.values(LAYERS)) {
    if (path.startsWith(`${table.root}/`)) return { table, path: path.slice(table.root.length + 1) };
  }
  return null;
}

/** The local ESLint rule that runs the table on every relative import (static, dynamic and re-exports). */
export const layersPlugin = {
  rules: {
    layers: {
      meta: {
        type: 'problem',
        docs: { description: 'Imports follow the layering table in eslint/layers.mjs' },
        schema: [],
        messages: {
          forbidden: "{{from}} may not import {{to}} ('{{source}}'): see the layering table in eslint/layers.mjs.",
          root: "{{from}} may not import the composition root ('{{source}}'): it is handed what it needs instead.",
          unlisted: '{{path}} is in no unit of the layering table: add its folder to eslint/layers.mjs (the rule for a new domain is at its top).',
        },
      },
      create(context) {
        const cwd = context.cwd ?? process.cwd();
        const placed = tableOf(context.filename, cwd);
        if (placed === null) return {};
        const { table } = placed;
        const from = unitOf(table, placed.path);
        if (from === null) {
          return { Program: (node) => context.report({ node, messageId: 'unlisted', data: { path: `${table.root}/${placed.path}` } }) };
        }
        // The kernel's own imports and the composition roots are not layered.
        if (from.kind !== 'unit') return {};
        const allowed = new Set([from.name, ...table.kernel, ...table.units[from.name]]);
        const check = (node) => {
          const source = node?.type === 'Literal' && typeof node.value === 'string' ? node.value : null;
          if (source === null || !source.startsWith('.')) return;
          const target = posix(relative(resolve(cwd, table.root), resolve(dirname(context.filename), source)));
          if (target.startsWith('..')) return;
          // As TypeScript resolves it: `../training` is the file training.ts before the folder training/.
          const to = unitOf(table, `${target}.ts`) ?? unitOf(table, `${target}.tsx`) ?? unitOf(table, target);
          if (to === null) context.report({ node, messageId: 'unlisted', data: { path: `${table.root}/${target}` } });
          else if (to.kind === 'root') context.report({ node, messageId: 'root', data: { from: from.name, source } });
          else if (!allowed.has(to.name)) context.report({ node, messageId: 'forbidden', data: { from: from.name, to: to.name, source } });
        };
        return {
          ImportDeclaration: (node) => check(node.source),
          ExportNamedDeclaration: (node) => check(node.source),
          ExportAllDeclaration: (node) => check(node.source),
          ImportExpression: (node) => check(node.source),
        };
      },
    },
  },
};
