/**
 * Who a draft goes to, read from each site's saved fixtures (test/fixtures/sites, see its
 * "Recipients" section): only the composer's own To/Cc fields (never a thread's senders or the
 * message body), Slack DMs only, and each site's own schedule-send control (never Send).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { gmail } from '../../utils/sites/gmail/adapter';
import { outlook } from '../../utils/sites/outlook/adapter';
import { slack } from '../../utils/sites/slack/adapter';
import type { MessageSiteAdapter } from '../../utils/sites/types';
import { gmailRecipients, outlookRecipients, type RecipientReader, slackRecipients } from '../../utils/sites/team/recipients/readers';

const recipientReaders: Record<string, RecipientReader> = { gmail: gmailRecipients, outlook: outlookRecipients, slack: slackRecipients };

const here = dirname(fileURLToPath(import.meta.url));
const adapters: Record<string, MessageSiteAdapter> = { gmail, outlook, slack };

function load(file: string) {
  const html = readFileSync(join(here, '../fixtures/sites', file), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const url = doc.querySelector('meta[name="fixture-url"]')?.getAttribute('content') ?? 'https://example.invalid/';
  return { doc, location: new URL(url) };
}

/** Per composer, in document order: the addresses (or the Slack person) each reads. */
const EXPECTED: Record<string, unknown[][]> = {
  'gmail/new-compose.html': [['lena.novak@example.com']],
  'gmail/popout.html': [['perry@example.com', 'clair@example.com']],
  'gmail/fullscreen.html': [['finance@example.com']],
  'gmail/hashed-class.html': [['platform@example.com']],
  'gmail/non-english.html': [['jonas@example.com']],
  // The inline reply shows no To row (and Lena in the thread header is a sender, not read); the
  // third window has none; team@ belongs to the minimized, skipped window.
  'gmail/multi-compose.html': [[], ['jonas@example.com'], []],
  'outlook/new-compose.html': [['lena.novak@example.com']],
  'outlook/popout.html': [['finance@example.com', 'perry@example.com']],
  'slack/dm.html': [[{ kind: 'slack', memberId: 'U05JONAS01', name: 'Jonas Weber', shownTime: null }]],
  'slack/dm-local-time.html': [[{ kind: 'slack', memberId: 'U05JONAS01', name: 'Jonas Weber', shownTime: '11:10 PM local time' }]],
  'slack/channel.html': [[]],
};

describe.each(Object.entries(EXPECTED))('%s', (file, expected) => {
  const site = file.split('/')[0] as 'gmail' | 'outlook' | 'slack';
  const { doc, location } = load(file);
  const composers = adapters[site]?.findComposers(doc).composers ?? [];
  const reader = recipientReaders[site] as RecipientReader;

  test('reads the recipients of each composer', () => {
    const read = composers.map((parts) => reader.read(parts, doc, location).map((r) => (r.kind === 'email' ? r.address : r)));
    expect(read).toEqual(expected);
  });

  test('finds the site’s own schedule-send opener, never the Send control', () => {
    for (const parts of composers) {
      const opener = reader.scheduleOpener(parts);
      expect(opener).not.toBeNull();
      expect(opener).not.toBe(parts.send);
      // A menu opener (in any UI language: "Weitere Sendeoptionen" in the German fixture).
      expect(opener?.getAttribute('aria-haspopup')).toMatch(/^(true|menu)$/);
    }
  });
});

test('an address typed into To (not yet a chip) is read; one typed into the body never is', () => {
  const { doc, location } = load('gmail/new-compose.html');
  const [parts] = gmail.findComposers(doc).composers;
  if (!parts) throw new Error('no composer');
  const to = parts.root.querySelector<HTMLInputElement>('input[peoplekit-id]');
  if (!to) throw new Error('no To input');
  to.value = 'maria@example.com';
  parts.body.textContent = 'cc kenji@example.com when done';
  expect(gmailRecipients.read(parts, doc, location).map((r) => (r.kind === 'email' ? r.address : ''))).toEqual(['lena.novak@example.com', 'maria@example.com']);
});
