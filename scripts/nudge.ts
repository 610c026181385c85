/**
 * `npm run -s nudge` — JSON Lines in, one JSON line out per input, in order.
 * `npm run -s nudge -- "some text"` — human-readable findings for one message.
 */
import { createInterface } from 'node:readline';
import { findingText, type Translate } from '../utils/i18n/finding-text';
import { nodeTranslate } from '../utils/i18n/node';
import { z } from '../utils/zod';
import '../utils/zod-messages';
import { analyze } from '../utils/analyzer/analyze';
import { analyzerInputSchema } from '../utils/analyzer/schema';
import type { AnalyzeContext, Finding } from '../utils/analyzer/types';

const contextSchema = z.optional(
  z.object({
    now: z.optional(z.union([z.number(), z.iso.datetime({ offset: true })])),
    timeZone: z.optional(z.string()),
    recentSends: z.optional(z.array(z.object({ at: z.number(), chars: z.number() }))),
  }),
);

type Id = string | number | null;

/** The CLI speaks English, from the same catalog the extension ships. */
let english: Translate | undefined;
const textOf = (f: Finding) => findingText(f, (english ??= nodeTranslate('en')), 'en');

function idOf(value: unknown): Id {
  if (value && typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id;
    if (typeof id === 'string' || typeof id === 'number') return id;
  }
  return null;
}

function describe(error: z.core.$ZodError): string {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : 'input'}: ${i.message}`).join('; ');
}

/** One output line for one input line. */
export function processLine(line: string): { out: string; ok: boolean } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { out: JSON.stringify({ id: null, error: `not valid JSON: ${(e as Error).message}` }), ok: false };
  }
  const id = idOf(value);
  const parsed = analyzerInputSchema.safeParse(value);
  if (!parsed.success) return { out: JSON.stringify({ id, error: `not a valid input: ${describe(parsed.error)}` }), ok: false };
  const ctxParsed = contextSchema.safeParse((value as { context?: unknown }).context);
  if (!ctxParsed.success) return { out: JSON.stringify({ id, error: `not a valid context: ${describe(ctxParsed.error)}` }), ok: false };
  const c = ctxParsed.data;
  const ctx: Partial<AnalyzeContext> | undefined = c
    ? {
        ...(c.now !== undefined ? { now: typeof c.now === 'number' ? c.now : Date.parse(c.now) } : {}),
        ...(c.timeZone ? { timeZone: c.timeZone } : {}),
        ...(c.recentSends ? { recentSends: c.recentSends } : {}),
      }
    : undefined;
  try {
    const findings = analyze(parsed.data, ctx).map((f) => {
      const o: { rule: string; severity: string; messageId: string; message: string; start?: number; end?: number } = {
        rule: f.rule,
        severity: f.severity,
        messageId: f.messageId,
        message: textOf(f).message,
      };
      if (f.start !== undefined) {
        o.start = f.start;
        o.end = f.end;
      }
      return o;
    });
    return { out: JSON.stringify({ id, findings }), ok: true };
  } catch (e) {
    return { out: JSON.stringify({ id, error: `analysis failed: ${(e as Error).message}` }), ok: false };
  }
}

export function formatHuman(text: string, findings: Finding[]): string {
  if (findings.length === 0) return 'No findings: this message reads clear.';
  const lines: string[] = [];
  for (const f of findings) {
    const words = textOf(f);
    lines.push(`${f.severity === 'warn' ? 'warn' : 'info'}  ${f.rule}  ${words.message}`);
    if (f.start !== undefined && f.end !== undefined) lines.push(`      “${text.slice(f.start, f.end)}” (${f.start}–${f.end})`);
    lines.push(`      why: ${words.why}`);
    lines.push(`      try: ${words.suggestion}`);
  }
  const warn = findings.filter((f) => f.severity === 'warn').length;
  lines.push('', `${findings.length} finding${findings.length === 1 ? '' : 's'} (${warn} warn, ${findings.length - warn} info)`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const surfaceFlag = args.indexOf('--surface');
  const surface = surfaceFlag !== -1 && args[surfaceFlag + 1] === 'email' ? 'email' : 'chat';
  const text = (surfaceFlag === -1 ? args : args.filter((_, i) => i !== surfaceFlag && i !== surfaceFlag + 1)).join(' ');
  if (text) {
    console.log(formatHuman(text, analyze({ kind: 'message', surface, text })));
    return;
  }
  let failed = false;
  const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of rl) {
    if (line.trim() === '') continue;
    const { out, ok } = processLine(line);
    if (!ok) failed = true;
    process.stdout.write(`${out}\n`);
  }
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] && /nudge\.[tj]s$/.test(process.argv[1])) void main();
