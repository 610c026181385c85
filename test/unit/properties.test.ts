import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../utils/analyzer/analyze';
import { MAX_CHARS } from '../../utils/analyzer/text';
import { findingText } from '../../utils/i18n/finding-text';

// Text that stresses offsets and regexes: emoji, RTL, zero-width, control characters, CRLF.
const nasty = fc.constantFrom(
  '👩‍👩‍👧',
  '🙏🏽',
  '\u200b',
  '\u200d',
  '\u202e',
  'مرحبا',
  'שלום',
  '\u0000',
  '\u0007',
  '\r\n',
  '\n\n',
  '> ',
  '-- \n',
  'İ',
  'ß',
  'ﬁ',
  '\ud800',
  '!!!',
  '?',
  'ASAP',
  'can you ',
  'please ',
  'https://docs.google.com/d/x',
  'On Mon, 1 Jan 2026, A <a@b.c> wrote:\n',
  'as discussed ',
  'hi',
  ' ',
  '\t',
);
const text = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.oneof(nasty, fc.string({ maxLength: 12 })), { maxLength: 80 }).map((parts) => parts.join('')),
);

// Thousands of analyses per test: on a loaded two-core machine they take seconds, which is not
// what these tests judge (the linearity test compares ratios, the others assert properties).
const CPU_BOUND_MS = 60_000;

describe('analyzer properties', () => {
  test(
    'never throws and always returns offsets inside the text (10,000 inputs)',
    () => {
      fc.assert(
        fc.property(
          text,
          fc.constantFrom('email' as const, 'chat' as const),
          fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
          (t, surface, subject) => {
            const findings = analyze({ kind: 'message', surface, text: t, subject }, { now: Date.parse('2026-11-24T23:00:00Z'), recentSends: [] });
            for (const f of findings) {
              expect(typeof findingText(f).message).toBe('string');
              if (f.start !== undefined || f.end !== undefined) {
                expect(Number.isInteger(f.start)).toBe(true);
                expect(Number.isInteger(f.end)).toBe(true);
                expect(f.start as number).toBeGreaterThanOrEqual(0);
                expect(f.end as number).toBeGreaterThan(f.start as number);
                expect(f.end as number).toBeLessThanOrEqual(t.length);
              }
            }
          },
        ),
        { numRuns: 10_000 },
      );
    },
    CPU_BOUND_MS,
  );

  test(
    'events with arbitrary fields never throw',
    () => {
      fc.assert(
        fc.property(
          fc.string(),
          fc.string(),
          fc.nat(500),
          fc.nat(100_000),
          fc.boolean(),
          fc.boolean(),
          fc.option(fc.string(), { nil: undefined }),
          (title, description, guests, durationMinutes, recurring, recurrenceEnds, start) => {
            analyze({ kind: 'event', title, description, guests, durationMinutes, recurring, recurrenceEnds, start });
          },
        ),
        { numRuns: 2000 },
      );
    },
    CPU_BOUND_MS,
  );

  test(`input over ${MAX_CHARS.toLocaleString('en-US')} characters is checked in part, with a note`, () => {
    const big = 'Could you review the retry logic in the billing worker? '.repeat(6000);
    expect(big.length).toBeGreaterThan(MAX_CHARS);
    const findings = analyze({ kind: 'message', surface: 'email', text: big });
    expect(findings[0]).toMatchObject({ rule: 'input-truncated', severity: 'info' });
    for (const f of findings) if (f.end !== undefined) expect(f.end).toBeLessThanOrEqual(MAX_CHARS);
  });

  test(
    'adversarial repetition stays linear: 8× the input costs well under 8² × the time',
    () => {
      // Ratios within one run, not wall-clock thresholds: quadratic behaviour would show as ~64×.
      // Rounds alternate small and large, so drift in the machine's load weighs on both alike.
      const patterns = [
        'a'.repeat(50),
        'can you '.repeat(10),
        '!?'.repeat(20),
        ' '.repeat(40),
        'https://docs.google.com/'.repeat(3),
        '> \n'.repeat(10),
        'the doc '.repeat(6),
      ];
      const time = (t: string) => {
        const t0 = performance.now();
        for (let i = 0; i < 3; i++) analyze({ kind: 'message', surface: 'email', text: t });
        return performance.now() - t0;
      };
      for (const p of patterns) {
        const small = p.repeat(Math.ceil(12_500 / p.length));
        const large = p.repeat(Math.ceil(100_000 / p.length));
        time(small);
        // The fastest of several runs each side: load from other processes only ever adds time,
        // so the minimum is the run least disturbed by it.
        let fastSmall = Infinity;
        let fastLarge = Infinity;
        for (let round = 0; round < 5; round++) {
          fastSmall = Math.min(fastSmall, time(small));
          fastLarge = Math.min(fastLarge, time(large));
        }
        expect(fastLarge / Math.max(fastSmall, 0.05), `pattern ${JSON.stringify(p.slice(0, 12))}`).toBeLessThan(32);
      }
    },
    CPU_BOUND_MS,
  );
});

describe('lexicon', () => {
  test('the combined trigger expression stays small enough for V8 to compile it natively', async () => {
    // Past ~20 KB of source V8 falls back to its bytecode interpreter and the scan gets ~10× slower.
    const { lexiconSource } = await import('../../utils/analyzer/analyze');
    expect(lexiconSource().length).toBeLessThan(18_000);
  });
});
