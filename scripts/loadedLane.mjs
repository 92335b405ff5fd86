// The loaded lane of `npm test`: the checkout fault suite, the two-till test and the
// cashier's end-to-end specs run again while busy-loop workers keep every core of the
// machine busy. A till PC is rarely idle, and these suites once failed only under load;
// their time bounds only stop a hang, so they must pass here as they do on an idle machine.
//
// The workers end on their own after WORKER_LIFETIME_MS whatever happens to this script,
// and are killed as soon as the suites are done.
import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

const WORKER_LIFETIME_MS = 40 * 60_000;
const root = join(import.meta.dirname, '..');
const node = process.execPath;

const busyLoop = `const end = Date.now() + ${WORKER_LIFETIME_MS}; let x = 0; while (Date.now() < end) { x = (x * 31 + 7) % 1000003; }`;
const workers = Array.from({ length: availableParallelism() }, () => spawn(node, ['-e', busyLoop], { stdio: 'ignore' }));
const stopWorkers = () => {
  for (const worker of workers) if (worker.exitCode === null) worker.kill('SIGKILL');
};
process.on('exit', stopWorkers);
console.log(`loaded lane: ${workers.length} busy-loop workers beside the suites`);

const run = (label, args, env = {}) => {
  console.log(`\nloaded lane: ${label}`);
  return spawnSync(node, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
};

const failures = [];
if (run('checkout fault suite (every dialect) and two tills', [join(root, 'node_modules/vitest/vitest.mjs'), 'run', 'test/checkout/simulatorFaultSuite.test.ts', 'test/checkout/twoTills.test.ts']) !== 0) {
  failures.push('fault suite / two tills');
}
if (run('cashier end-to-end specs', [join(root, 'node_modules/@playwright/test/cli.js'), 'test', 'test/e2e/cashier']) !== 0) {
  failures.push('cashier e2e');
}
stopWorkers();
if (failures.length > 0) {
  console.error(`loaded lane failed: ${failures.join(', ')}`);
  process.exit(1);
}
console.log('loaded lane: passed');
