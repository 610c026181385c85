/**
 * `web-ext lint` (Mozilla's addons-linter, the checks AMO runs on upload) on the Firefox build,
 * offline. Fails on any error, and on any warning that is not one of the explained ones below,
 * each recognised by its code and the minified library code it points at, so a new warning, or
 * the same warning in our own code, fails until it is fixed or explained in the README.
 * Writes test-results/firefox-lint.json for the CI summary.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE_DIR = '.output/firefox-mv2';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

/** Warnings AMO's reviewers will see, each explained under "Firefox" in the README. */
const EXPLAINED: { code: string; why: string; shape: RegExp }[] = [
  {
    code: 'DANGEROUS_EVAL',
    why: "zod's probe for whether `new Function` works, for its optional validators compiled from the schemas' own keys",
    shape: /\.jitless\|\|typeof navigator<`u`&&navigator\?\.userAgent\?\.includes\(`Cloudflare`\)\)return!1;try\{return Function\(``\),!0\}catch\{return!1\}/g,
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why: "Preact's dangerouslySetInnerHTML, which no component here uses",
    shape: /\(([\w$]+)\.__html==([\w$]+)\.__html\|\|\1\.__html==([\w$]+)\.innerHTML\)\|\|\(\3\.innerHTML=\1\.__html\)/g,
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why: "React DOM's dangerouslySetInnerHTML, which no component here uses",
    shape: /([\w$]+)=([\w$]+)\.__html,\1!=null\)\{if\([\w$]+\.children!=null\)throw Error\([\w$]+\(60\)\);[\w$]+\?\.__html!==\1&&\(([\w$]+)\.innerHTML=\1\)/g,
  },
];

/** The explanation for a warning, if the code it points at has one of the known shapes. */
function explain(warning: LintMessage): string | undefined {
  if (!warning.file || !warning.line || !warning.column) return undefined;
  const line = readFileSync(join(SOURCE_DIR, warning.file), 'utf8').split('\n')[warning.line - 1] ?? '';
  const column = warning.column;
  return EXPLAINED.find(
    ({ code, shape }) => code === warning.code && [...line.matchAll(shape)].some((m) => m.index <= column && column <= m.index + m[0].length),
  )?.why;
}

if (!existsSync(join(SOURCE_DIR, 'manifest.json'))) {
  console.error(`${SOURCE_DIR} is missing: run \`wxt build -b firefox\` first`);
  process.exit(1);
}
// NO_UPDATE_NOTIFIER: web-ext would otherwise ask the npm registry for a newer web-ext.
const run = spawnSync('node_modules/.bin/web-ext', ['lint', '--source-dir', SOURCE_DIR, '--output', 'json', '--no-config-discovery'], {
  encoding: 'utf8',
  env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
});
const start = run.stdout.indexOf('{');
if (start < 0) {
  console.error(run.stderr || run.stdout || run.error);
  process.exit(1);
}
const report = JSON.parse(run.stdout.slice(start)) as { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
const where = (m: LintMessage) => (m.file ? ` (${m.file}${m.line ? `:${m.line}:${m.column}` : ''})` : '');

for (const error of report.errors) console.log(`FAIL  error ${error.code}: ${error.message}${where(error)}`);
let unexplained = 0;
for (const warning of report.warnings) {
  const why = explain(warning);
  if (!why) unexplained++;
  console.log(
    `${why ? 'ok  ' : 'FAIL'}  warning ${warning.code}${where(warning)}: ${why ?? `${warning.message} — fix it, or explain it here and in the README`}`,
  );
}
for (const notice of report.notices) console.log(`note  notice ${notice.code}: ${notice.message}${where(notice)}`);

const checks = [
  { name: 'web-ext lint: no errors', ok: report.errors.length === 0 },
  { name: 'web-ext lint: every warning explained', ok: unexplained === 0 },
];
const passed = checks.filter((c) => c.ok).length;
const failed = checks.length - passed;
for (const c of checks) console.log(`${c.ok ? 'pass' : 'FAIL'}  ${c.name}`);
console.log(
  `web-ext lint ${SOURCE_DIR}: ${report.errors.length} errors, ${report.warnings.length} warnings (${unexplained} unexplained), ${report.notices.length} notices`,
);
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/firefox-lint.json', JSON.stringify({ passed, failed, ...report }, null, 2));
process.exitCode = failed ? 1 : 0;
