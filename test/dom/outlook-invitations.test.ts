/**
 * The invitee side in Outlook on the web, on the saved fixtures (test/fixtures/calendar/outlook,
 * see its README): a meeting request in the reading pane and the calendar's peek card are found
 * from their response buttons and read as annotated; the organiser's own copy, a closed peek and
 * every editor fixture are not invitations. The fixtures' data-fixture* annotations are read
 * here only, never by the adapter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../utils/analyzer/analyze';
import { DEFAULT_CONTEXT } from '../../utils/analyzer/context';
import { outlookCalendar } from '../../utils/sites/outlook-calendar/adapter';
import { gcalInvitations } from '../../utils/sites/team/invitations/gcal';
import { outlookInvitations } from '../../utils/sites/team/invitations/outlook';
import { invitationEvent } from '../../utils/sites/team/invitations/runner';
import type { InvitationParts } from '../../utils/sites/team/invitations/types';
import { inviteeReplies } from '../../utils/team/meetings';

const here = dirname(fileURLToPath(import.meta.url));
const fixturesDir = join(here, '../fixtures/calendar');
const files = (dir: string) =>
  readdirSync(join(fixturesDir, dir))
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => `${dir}/${f}`);
const INVITATIONS = files('outlook').filter((f) => f.includes('/invitation-'));

/** Loads a fixture as the page: the adapter reads the owner's address from the document. */
function open(file: string, transform = (s: string) => s): Document {
  const doc = new DOMParser().parseFromString(transform(readFileSync(join(fixturesDir, file), 'utf8')), 'text/html');
  document.documentElement.replaceWith(document.adoptNode(doc.documentElement));
  return document;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const annotated = (doc: Document, role: string) => doc.querySelector<HTMLElement>(`[data-fixture="i1:${role}"]`);
const repliesFor = (inv: InvitationParts) => inviteeReplies(analyze(invitationEvent(inv), DEFAULT_CONTEXT));

describe('Outlook invitations: every fixture', () => {
  test('there are the reading pane, the peek, the older markup and the organiser’s copy', () => {
    expect(INVITATIONS).toEqual([
      'outlook/invitation-older-labels.html',
      'outlook/invitation-organizer.html',
      'outlook/invitation-peek.html',
      'outlook/invitation-reading-pane.html',
    ]);
  });

  test.each(INVITATIONS.filter((f) => !f.endsWith('organizer.html')))('%s: found and read as annotated (title, agenda, guests, note or null)', (file) => {
    const doc = open(file);
    const { invitations } = outlookInvitations.findInvitations(doc);
    expect(invitations).toHaveLength(1);
    const [inv] = invitations as [InvitationParts];
    const expected = JSON.parse(annotated(doc, 'root')?.getAttribute('data-fixture-expect') ?? '{}');
    expect({ title: inv.title, description: collapse(inv.description), guests: inv.guests }).toEqual({
      ...expected,
      description: collapse(expected.description),
    });
    expect(inv.root).toBe(annotated(doc, 'root'));
    // No note box in the peek: the reply goes to the clipboard.
    expect(inv.note).toBe(annotated(doc, 'note'));
  });

  test.each(INVITATIONS)('%s: no event editor is found in it', (file) => {
    expect(outlookCalendar.findEditors(open(file))).toEqual({ editors: [], skipped: [] });
    expect(gcalInvitations.findInvitations(document)).toEqual({ invitations: [], skipped: [] });
  });

  test.each(files('outlook').filter((f) => !INVITATIONS.includes(f)))('%s: an editor is never taken for an invitation', (file) => {
    expect(outlookInvitations.findInvitations(open(file))).toEqual({ invitations: [], skipped: [] });
  });

  test.each(files('gcal'))('%s: Google Calendar pages are not Outlook invitations', (file) => {
    expect(outlookInvitations.findInvitations(open(file))).toEqual({ invitations: [], skipped: [] });
  });
});

describe('Outlook invitations: what each offers', () => {
  test.each([
    // A Teams join block is no agenda, and "Weekly status sync" reads as a status meeting.
    ['outlook/invitation-reading-pane.html', ['ask-agenda', 'written-update']],
    // The peek shows no body at all.
    ['outlook/invitation-peek.html', ['ask-agenda', 'written-update']],
    // A goal and a list of topics, and a decision meeting: nothing to suggest.
    ['outlook/invitation-older-labels.html', []],
  ])('%s: %j', (file, replies) => {
    const [inv] = outlookInvitations.findInvitations(open(file)).invitations;
    if (!inv) throw new Error('no invitation');
    expect(repliesFor(inv)).toEqual(replies);
  });
});

describe('Outlook invitations: skips, each with its reason', () => {
  test('the organiser’s own copy of the request is not an invitation', () => {
    const doc = open('outlook/invitation-organizer.html');
    expect(outlookInvitations.findInvitations(doc)).toEqual({
      invitations: [],
      skipped: [{ element: annotated(doc, 'organizer'), reason: 'organizer' }],
    });
  });

  test('the same request read by an invitee is one (the owner decides, not the markup)', () => {
    const doc = open('outlook/invitation-organizer.html', (s) => s.replace('Lena Park&#10;lena.park@contoso.com', 'Sam Rivera&#10;sam.rivera@contoso.com'));
    expect(outlookInvitations.findInvitations(doc).invitations).toHaveLength(1);
  });

  test('a closed peek left hidden in the layer host is skipped as hidden; the open one is found', () => {
    const doc = open('outlook/invitation-peek.html');
    const { invitations, skipped } = outlookInvitations.findInvitations(doc);
    expect(invitations.map((i) => i.title)).toEqual(['Weekly team update']);
    expect(skipped.map((s) => [s.element.getAttribute('aria-label'), s.reason])).toEqual([['Design review', 'hidden']]);
  });

  test('a toolbar without Accept and Decline is no invitation (the names are the check)', () => {
    const doc = open('outlook/invitation-reading-pane.html', (s) =>
      s.replace(/aria-label="Accept"/g, 'aria-label="Like"').replace(/aria-label="Decline"/g, 'aria-label="Share"'),
    );
    expect(outlookInvitations.findInvitations(doc)).toEqual({ invitations: [], skipped: [] });
  });
});

describe('Outlook invitations: markup variants', () => {
  test('the peek’s single RSVP menu instead of three buttons', () => {
    const doc = open('outlook/invitation-peek.html', (s) =>
      s.replace(
        /<div role="group" aria-label="RSVP" class="rsvp" data-fixture="i1:rsvp">[\s\S]*?<\/div>/,
        '<div role="group" class="rsvp"><button type="button" aria-label="RSVP" aria-haspopup="menu">RSVP</button></div>',
      ),
    );
    expect(outlookInvitations.findInvitations(doc).invitations.map((i) => i.title)).toEqual(['Weekly team update']);
  });

  test('a peek opened after load is found in a partial scope (the watcher rescans the added card)', () => {
    const doc = open('outlook/invitation-peek.html');
    const card = annotated(doc, 'root') as HTMLElement;
    const portal = card.parentElement as HTMLElement;
    portal.remove();
    expect(outlookInvitations.findInvitations(doc).invitations).toEqual([]);
    doc.getElementById('fluent-default-layer-host')?.append(portal);
    expect(outlookInvitations.findInvitations(portal).invitations.map((i) => i.root)).toEqual([card]);
    expect(portal.matches(outlookInvitations.watchFor ?? '') || portal.querySelector(outlookInvitations.watchFor ?? '') !== null).toBe(true);
  });

  test('without the account button the organiser cannot be told apart: the request still counts as received', () => {
    const doc = open('outlook/invitation-organizer.html', (s) => s.replace(/title="Lena Park&#10;lena.park@contoso.com"/, ''));
    expect(outlookInvitations.findInvitations(doc).invitations).toHaveLength(1);
  });
});
