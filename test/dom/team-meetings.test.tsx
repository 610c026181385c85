/**
 * Both sides of a meeting on the saved calendar fixtures: the organiser's editors get the
 * team's end-early and team-time notes from what the adapters read; the invitee's pop-up is
 * found as an invitation (and no editor is), and gets reply texts, never a decline.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { InviteeReplies } from '../../components/team/InviteeReplies';
import { TeamMeetingNotes } from '../../components/team/TeamMeetingNotes';
import { analyze } from '../../utils/analyzer/analyze';
import { DEFAULT_CONTEXT } from '../../utils/analyzer/context';
import { gcal } from '../../utils/sites/gcal/adapter';
import { outlookCalendar } from '../../utils/sites/outlook-calendar/adapter';
import { gcalInvitations } from '../../utils/sites/team/invitations/gcal';
import { invitationEvent } from '../../utils/sites/team/invitations/runner';
import { endEarly, inviteeReplies, teamTimeConflict } from '../../utils/team/meetings';

const here = dirname(fileURLToPath(import.meta.url));
const fixturesDir = join(here, '../fixtures/calendar');
const html = (file: string) => readFileSync(join(fixturesDir, file), 'utf8');
const files = (dir: string) =>
  readdirSync(join(fixturesDir, dir))
    .filter((f) => f.endsWith('.html'))
    .map((f) => `${dir}/${f}`);

/** Loads a fixture as the page (the invitation adapter reads the owner's address from the document). */
function open(file: string, transform = (s: string) => s): Document {
  const doc = new DOMParser().parseFromString(transform(html(file)), 'text/html');
  document.documentElement.replaceWith(document.adoptNode(doc.documentElement));
  return document;
}

afterEach(cleanup);

describe('organiser: end early and team time, from what the adapters read', () => {
  const editors = [...files('gcal').map((f) => [f, gcal] as const), ...files('outlook').map((f) => [f, outlookCalendar] as const)];
  test.each(editors)('%s', (file, adapter) => {
    const doc = open(file);
    const { editors } = adapter.findEditors(doc);
    expect(editors.length > 0).toBe(doc.body.getAttribute('data-fixture-expect') !== 'none');
    for (const parts of editors) {
      const event = adapter.readEvent(parts);
      const early = endEarly(event);
      const expected = event.guests > 0 ? ({ 30: 5, 60: 10 } as Record<number, number>)[event.durationMinutes] : undefined;
      expect(early?.earlyMinutes).toBe(expected);
      if (!event.start || event.guests < 1) continue;
      // The team's no-meeting day on the event's own weekday, then a focus block over its start.
      const day = new Date(`${event.start.slice(0, 10)}T00:00Z`).getUTCDay();
      expect(teamTimeConflict(event, { noMeetingDays: [day], focusBlocks: [] })).toEqual({ kind: 'no-meeting-day', day });
      const time = event.start.slice(11);
      expect(teamTimeConflict(event, { noMeetingDays: [], focusBlocks: [{ name: 'Focus', days: [day], start: time, end: '23:59' }] })).toMatchObject({
        kind: 'focus-block',
        name: 'Focus',
      });
      expect(teamTimeConflict(event, { noMeetingDays: [(day + 1) % 7], focusBlocks: [] })).toBeNull();
    }
  });

  test('the notes read as the team wrote them', () => {
    const { container } = render(
      <TeamMeetingNotes
        endEarly={{ kind: 'end-early', durationMinutes: 60, earlyMinutes: 10 }}
        conflict={{ kind: 'no-meeting-day', day: 3 }}
        teamName="Platform"
      />,
    );
    expect(container.querySelector('[data-team="no-meeting-day"]')?.textContent).toContain('Wednesday is the no-meeting day of Platform.');
    expect(container.querySelector('[data-team="end-early"]')?.textContent).toContain('End 10 minutes early: make it 50 minutes.');
  });
});

describe('invitee: the invitation pop-up', () => {
  test('is found and read: title, no description, guests besides the organizer, the reply note', () => {
    const doc = open('gcal/invitation.html');
    const { invitations: found, skipped } = gcalInvitations.findInvitations(doc);
    expect(found).toHaveLength(1);
    expect(skipped).toEqual([]);
    const [inv] = found;
    const expected = JSON.parse(doc.querySelector('[data-fixture="i1:root"]')?.getAttribute('data-fixture-expect') ?? '{}');
    expect({ title: inv?.title, description: inv?.description, guests: inv?.guests }).toEqual(expected);
    expect(inv?.root).toBe(doc.querySelector('[data-fixture="i1:root"]'));
    expect(inv?.note).toBe(doc.querySelector('[data-fixture="i1:note"]'));
  });

  test('a status meeting with no agenda gets both replies', () => {
    const [inv] = gcalInvitations.findInvitations(open('gcal/invitation.html')).invitations;
    if (!inv) throw new Error('no invitation');
    expect(inviteeReplies(analyze(invitationEvent(inv), DEFAULT_CONTEXT))).toEqual(['ask-agenda', 'written-update']);
  });

  test('the organiser’s own pop-up is not an invitation, and the skip says why', () => {
    const doc = open('gcal/invitation.html', (s) => s.replace('Sam Rivera (sam.rivera@example.com)', 'Lena Park (lena.park@example.com)'));
    expect(gcalInvitations.findInvitations(doc)).toEqual({
      invitations: [],
      skipped: [{ element: doc.querySelector('[data-fixture="i1:root"]'), reason: 'organizer' }],
    });
  });

  test.each([...files('gcal'), ...files('outlook')].filter((f) => !f.endsWith('invitation.html')))('%s: an editor is never taken for an invitation', (file) => {
    expect(gcalInvitations.findInvitations(open(file))).toEqual({ invitations: [], skipped: [] });
  });

  test('the replies quote the team’s response time and offer copy and insert, never decline', () => {
    const { container } = render(
      <InviteeReplies replies={['ask-agenda', 'written-update']} norm="2 days" copied={null} canInsert onCopy={() => {}} onInsert={() => {}} />,
    );
    expect(container.querySelector('[data-team="written-update"] .reply-text')?.textContent).toContain('reply with questions within 2 days');
    const buttons = Array.from(container.querySelectorAll('button')).map((b) => b.textContent);
    expect(buttons).toEqual(['Copy', 'Add to my reply note', 'Copy', 'Add to my reply note']);
    expect(container.textContent).not.toMatch(/\bdecline\b/i);
  });
});
