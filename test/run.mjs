/**
 * `npm test`: every suite, in order, each step timed. Lint and types first (fast feedback), then the build
 * (the size budget runs inside it), the server suite, the widget suite in headless Chromium and the
 * end-to-end suite. All steps run; the exit code is non-zero if any failed.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './chromium.mjs';

/** Test files under `dir` whose name ends in `suffix`, found without shell globs (Node 20's --test has none). */
function testFiles(dir, suffix = '.test.ts') {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => f.endsWith(suffix) && !f.includes('node_modules') && statSync(f).isFile())
    .sort();
}

const serverTests = testFiles('server');
const e2eTests = testFiles('test/e2e');
const robustnessTests = testFiles('test/robustness');
const hasWidgetTests = existsSync('web-test-runner.config.mjs');

const steps = [
  { name: 'lint', cmd: ['npx', 'biome', 'check', '.'] },
  { name: 'types', cmd: ['npm', 'run', '--silent', 'typecheck'] },
  { name: 'build', cmd: ['npm', 'run', '--silent', 'build'] },
  {
    name: 'server',
    cmd: ['node', '--import', 'tsx', '--test', '--test-concurrency=2', ...serverTests],
    when: serverTests.length,
  },
  {
    name: 'widget',
    cmd: ['npx', 'web-test-runner', '--config', 'web-test-runner.config.mjs'],
    when: hasWidgetTests,
    browser: true,
  },
  {
    name: 'robust',
    // One file at a time: the timing and slow-client tests need the machine to themselves.
    cmd: ['node', '--import', 'tsx', '--test', '--test-concurrency=1', ...robustnessTests],
    when: robustnessTests.length,
  },
  {
    name: 'e2e',
    cmd: ['node', '--import', 'tsx', '--test', '--test-concurrency=1', ...e2eTests],
    when: e2eTests.length,
    browser: true,
  },
];

const env = { ...process.env };
if (steps.some((s) => s.browser && s.when !== 0 && s.when !== false)) {
  try {
    env.CHROME_PATH = ensureChromium();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}

const run = (cmd) =>
  new Promise((done) => {
    const child = spawn(cmd[0], cmd.slice(1), { stdio: 'inherit', env });
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
    child.on('error', () => done(1));
  });

const results = [];
for (const step of steps) {
  if (step.when === 0 || step.when === false) {
    results.push({ name: step.name, status: 'none', seconds: 0 });
    continue;
  }
  console.log(`\n── ${step.name} ${'─'.repeat(60 - step.name.length)}`);
  const started = performance.now();
  const code = await run(step.cmd);
  results.push({
    name: step.name,
    status: code === 0 ? 'pass' : 'FAIL',
    seconds: (performance.now() - started) / 1000,
  });
}

console.log('\n── summary ──────────────────────────────────────────────────');
for (const r of results)
  console.log(`  ${r.name.padEnd(8)} ${r.status.padEnd(5)} ${r.seconds.toFixed(1).padStart(6)} s`);
const total = results.reduce((n, r) => n + r.seconds, 0);
console.log(`  ${'total'.padEnd(8)} ${''.padEnd(5)} ${total.toFixed(1).padStart(6)} s`);
process.exit(results.some((r) => r.status === 'FAIL') ? 1 : 0);
