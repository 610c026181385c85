/**
 * Site adapters against saved DOM fixtures. The fixtures' data-fixture* annotations are the
 * ground truth; only this test reads them, never the adapters (see the meta-test at the end).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { isHiddenByAncestor, isOptedOut } from '../../utils/sites/dom/visibility';
import { readEditableText, readEditableTextWithMap } from '../../utils/sites/dom/read-text';
import { gmail } from '../../utils/sites/gmail/adapter';
import { outlook } from '../../utils/sites/outlook/adapter';
import { slack } from '../../utils/sites/slack/adapter';
import type { ComposerParts, MessageSiteAdapter, SkipReason } from '../../utils/sites/types';

// Paths, not URLs: under jsdom the global URL is jsdom's, which node:fs does not accept.
const here = dirname(fileURLToPath(import.meta.url));
const fixturesDir = join(here, '../fixtures/sites');
const sitesDir = join(here, '../../utils/sites');
const adapters: Record<string, MessageSiteAdapter> = { gmail, slack, outlook };
const sites = Object.keys(adapters);

function fixtureFiles(site: string): string[] {
  return readdirSync(join(fixturesDir, site))
    .filter((f) => f.endsWith('.html'))
    .sort();
}

function load(site: string, file: string): Document {
  const html = readFileSync(join(fixturesDir, site, file), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

function fixtureLocation(doc: Document): Location {
  const url = doc.querySelector('meta[name="fixture-url"]')?.getAttribute('content');
  if (!url) throw new Error('fixture has no fixture-url');
  return new URL(url) as unknown as Location;
}

interface ExpectedComposer {
  id: string;
  body: HTMLElement;
  subject: HTMLElement | null;
  /** Null when the fixture has no Send for this composer: it still gets hints, sends count by keyboard only. */
  send: HTMLElement | null;
  root: HTMLElement;
}

/** Reads the fixture's annotations (test side only). */
function annotations(doc: Document) {
  const byId = new Map<string, Partial<ExpectedComposer>>();
  for (const el of doc.querySelectorAll<HTMLElement>('[data-fixture]')) {
    const [id, role] = (el.getAttribute('data-fixture') ?? '').split(':');
    if (!id || !role) throw new Error(`bad annotation ${el.getAttribute('data-fixture')}`);
    const entry = byId.get(id) ?? { id, subject: null, send: null };
    if (role !== 'body' && role !== 'subject' && role !== 'send' && role !== 'root') throw new Error(`unknown role ${role}`);
    if (entry[role]) throw new Error(`duplicate ${id}:${role}`);
    entry[role] = el;
    byId.set(id, entry);
  }
  const composers = [...byId.values()]
    .map((e) => {
      if (!e.body || !e.root) throw new Error(`${e.id} lacks body or root`);
      return e as ExpectedComposer;
    })
    .sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
  const skipped = [...doc.querySelectorAll<HTMLElement>('[data-fixture-skip]')].map((element) => ({
    element,
    reason: element.getAttribute('data-fixture-skip') as SkipReason,
  }));
  const traps = new Set(doc.querySelectorAll('[data-fixture-trap]'));
  return { composers, skipped, traps };
}

/** A readable name for an element in failure messages. */
function label(el: Element | null | undefined): string {
  if (!el) return 'null';
  const note = el.getAttribute('data-fixture') ?? el.getAttribute('data-fixture-skip') ?? el.getAttribute('data-fixture-trap');
  return note ? `${el.tagName.toLowerCase()}<${note}>` : `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
}

function precedes(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

describe.each(sites)('%s fixtures', (site) => {
  const adapter = adapters[site] as MessageSiteAdapter;
  const files = fixtureFiles(site);

  test('has fixtures', () => {
    expect(files.length).toBeGreaterThan(3);
  });

  describe.each(files)('%s', (file) => {
    const doc = load(site, file);
    const expected = annotations(doc);
    const result = adapter.findComposers(doc);

    test('finds exactly the annotated composers, in document order', () => {
      expect(result.composers.map((c) => label(c.body))).toEqual(expected.composers.map((c) => label(c.body)));
      for (let i = 1; i < result.composers.length; i++) {
        expect(precedes((result.composers[i - 1] as ComposerParts).body, (result.composers[i] as ComposerParts).body)).toBe(true);
      }
    });

    test.each(expected.composers.map((c, i) => [c.id, i] as const))('%s: body, subject, send, root, surface', (_id, i) => {
      const want = expected.composers[i] as ExpectedComposer;
      const got = result.composers[i] as ComposerParts;
      expect(got, `composer ${want.id} found`).toBeDefined();
      expect(label(got.body)).toBe(label(want.body));
      expect(got.body).toBe(want.body);
      expect(label(got.subject)).toBe(label(want.subject));
      expect(got.subject).toBe(want.subject);
      expect(label(got.send)).toBe(label(want.send));
      expect(got.send).toBe(want.send);
      // The annotated root, or a descendant of it that still holds the body and Send.
      const rootOk = got.root === want.root || (want.root.contains(got.root) && got.root.contains(got.body) && (!want.send || got.root.contains(want.send)));
      expect(rootOk, `root ${label(got.root)} within ${label(want.root)} holding body and send`).toBe(true);
      expect(got.surface).toBe(site === 'slack' ? 'chat' : 'email');
    });

    test('skips exactly the annotated editors, with the same reasons', () => {
      expect(result.skipped.map((s) => [label(s.element), s.reason])).toEqual(expected.skipped.map((s) => [label(s.element), s.reason]));
      result.skipped.forEach((s, i) => expect(s.element).toBe(expected.skipped[i]?.element));
    });

    test('never returns a trap', () => {
      const returned = [...result.composers.flatMap((c) => [c.root, c.body, c.subject, c.send]), ...result.skipped.map((s) => s.element)];
      for (const el of returned) if (el) expect(expected.traps.has(el), `${label(el)} is a trap`).toBe(false);
    });

    test('finds nothing where nothing is annotated', () => {
      if (expected.composers.length === 0) expect(result.composers).toEqual([]);
      if (expected.skipped.length === 0) expect(result.skipped).toEqual([]);
    });
  });
});

describe('scoping', () => {
  test('a partial scope (the Gmail dock) yields only its own composers', () => {
    const doc = load('gmail', 'multi-compose.html');
    const dock = doc.querySelector('[data-fixture="c2:root"]')?.parentElement?.parentElement as HTMLElement;
    const { composers, skipped } = gmail.findComposers(dock);
    expect(composers.map((c) => label(c.body))).toEqual(['div<c2:body>', 'div<c3:body>']);
    expect(skipped.map((s) => s.reason)).toEqual(['hidden']);
  });

  test('Slack channel and thread composers each get their own Send', () => {
    const doc = load('slack', 'channel-and-thread.html');
    const [channel, thread] = slack.findComposers(doc).composers;
    expect(channel?.root.contains(thread?.body as Node)).toBe(false);
    expect(thread?.root.contains(channel?.send as Node)).toBe(false);
  });

  test('an opted-out Outlook editor is skipped even though its Send exists', () => {
    const doc = load('outlook', 'opted-out.html');
    expect(outlook.findComposers(doc).skipped.map((s) => s.reason)).toEqual(['opted-out']);
  });
});

/** Mutates a fixture the way a site update or another UI language would, and checks the fallbacks hold. */
describe('selector fallbacks', () => {
  function partsOf(adapter: MessageSiteAdapter, doc: Document) {
    const { composers, skipped } = adapter.findComposers(doc);
    return { composers: composers.map((c) => [label(c.body), label(c.subject), label(c.send)]), skipped: skipped.map((s) => [label(s.element), s.reason]) };
  }
  const annotated = (doc: Document, role: string) => doc.querySelector(`[data-fixture="c1:${role}"]`) as HTMLElement;

  test('Outlook in German: label-based body, subject and Send by split-button id', () => {
    const doc = load('outlook', 'new-compose.html');
    annotated(doc, 'body').setAttribute('aria-label', 'Nachrichtentext');
    annotated(doc, 'subject').setAttribute('aria-label', 'Betreff,');
    annotated(doc, 'send').setAttribute('aria-label', 'Senden');
    annotated(doc, 'send').setAttribute('title', 'Nachricht senden');
    expect(partsOf(outlook, doc).composers).toEqual([['div<c1:body>', 'input<c1:subject>', 'button<c1:send>']]);
  });

  test('Outlook in an unlisted language: structural body and subject', () => {
    const doc = load('outlook', 'new-compose.html');
    annotated(doc, 'body').setAttribute('aria-label', 'Cuerpo del mensaje');
    annotated(doc, 'subject').setAttribute('aria-label', 'Agregar un asunto');
    expect(partsOf(outlook, doc).composers).toEqual([['div<c1:body>', 'input<c1:subject>', 'button<c1:send>']]);
  });

  test('Outlook without any Send control: hints still show, Send stays null rather than guessed', () => {
    const doc = load('outlook', 'new-compose.html');
    annotated(doc, 'send').parentElement?.remove();
    expect(partsOf(outlook, doc)).toEqual({ composers: [['div<c1:body>', 'input<c1:subject>', 'null']], skipped: [] });
  });

  test('Gmail without its send cell (a redesign): hints still show, Ctrl+Enter still counts as a send', () => {
    const doc = load('gmail', 'new-compose.html');
    doc.querySelector('[role="group"]')?.remove();
    const { composers, skipped } = gmail.findComposers(doc);
    expect(composers.map((c) => [label(c.body), label(c.send)])).toEqual([['div<c1:body>', 'null']]);
    expect(skipped).toEqual([]);
    const parts = composers[0] as ComposerParts;
    expect(sendKeyAt(gmail, parts, parts.body, key({ key: 'Enter', ctrlKey: true }))).toBe(true);
  });

  test('a hidden lingering draft does not fence the visible Outlook editor off its Send and form', () => {
    const doc = load('outlook', 'hidden-lingering-draft.html');
    const [parts] = outlook.findComposers(doc).composers;
    expect(label(parts?.send)).toBe('button<c1:send>');
    expect(parts?.root).toBe(annotated(doc, 'root'));
    expect(parts?.root.contains(doc.querySelector('[data-fixture-skip="hidden"]'))).toBe(true);
  });

  test('Slack without data-qa hooks: class fallbacks, still one Send per pane', () => {
    const doc = load('slack', 'channel-and-thread.html');
    for (const el of doc.querySelectorAll('[data-qa]')) el.removeAttribute('data-qa');
    expect(partsOf(slack, doc).composers).toEqual([
      ['div<c1:body>', 'null', 'button<c1:send>'],
      ['div<c2:body>', 'null', 'button<c2:send>'],
    ]);
  });

  test('Gmail without scheduled send (no menu half): the group\u2019s first plain button', () => {
    const doc = load('gmail', 'new-compose.html');
    doc.querySelector('[data-fixture-trap="send-options"]')?.remove();
    expect(partsOf(gmail, doc).composers).toEqual([['div<c1:body>', 'input<c1:subject>', 'div<c1:send>']]);
  });

  test('Gmail: an editable outside any compose form is no composer, and says so', () => {
    const doc = load('gmail', 'inbox-only.html');
    const stray = doc.createElement('div');
    stray.setAttribute('g_editable', 'true');
    stray.setAttribute('contenteditable', 'true');
    stray.setAttribute('role', 'textbox');
    doc.querySelector('[role="main"]')?.append(stray);
    expect(partsOf(gmail, doc)).toEqual({ composers: [], skipped: [['div.', 'not-a-composer']] });
  });
});

function key(init: KeyboardEventInit & { keyCode?: number }): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  if (init.keyCode !== undefined) Object.defineProperty(event, 'keyCode', { value: init.keyCode });
  return event;
}

/** Dispatches `event` on `target` and returns what isSendKey said when it arrived there. */
function sendKeyAt(adapter: MessageSiteAdapter, parts: ComposerParts, target: Element, event: KeyboardEvent): boolean {
  let verdict: boolean | undefined;
  const listener = (e: Event) => (verdict = adapter.isSendKey(e as KeyboardEvent, parts));
  target.ownerDocument.addEventListener('keydown', listener, true);
  target.dispatchEvent(event);
  target.ownerDocument.removeEventListener('keydown', listener, true);
  if (verdict === undefined) throw new Error('event not seen');
  return verdict;
}

function firstComposer(adapter: MessageSiteAdapter, site: string, file: string): { doc: Document; parts: ComposerParts } {
  const doc = load(site, file);
  const parts = adapter.findComposers(doc).composers[0];
  if (!parts) throw new Error(`no composer in ${file}`);
  return { doc, parts };
}

describe('isSendKey: Slack', () => {
  const { parts } = firstComposer(slack, 'slack', 'channel.html');

  test.each([
    ['Enter', { key: 'Enter' }, true],
    ['Shift+Enter adds a line', { key: 'Enter', shiftKey: true }, false],
    ['Alt+Enter', { key: 'Enter', altKey: true }, false],
    ['Ctrl+Enter', { key: 'Enter', ctrlKey: true }, false],
    ['Cmd+Enter', { key: 'Enter', metaKey: true }, false],
    ['Enter while an IME composes (isComposing)', { key: 'Enter', isComposing: true }, false],
    ['Enter while an IME composes (keyCode 229)', { key: 'Enter', keyCode: 229 }, false],
    ['another key', { key: 'a' }, false],
  ] as const)('%s', (_name, init, want) => {
    expect(slack.isSendKey(key(init), parts)).toBe(want);
  });

  test('only when typed in the editor itself', () => {
    const line = parts.body.querySelector('p') as HTMLElement;
    expect(sendKeyAt(slack, parts, line, key({ key: 'Enter' }))).toBe(true);
    expect(sendKeyAt(slack, parts, parts.send as HTMLElement, key({ key: 'Enter' }))).toBe(false);
  });

  test('not while the mention list is open', () => {
    const { doc, parts: open } = firstComposer(slack, 'slack', 'autocomplete-open.html');
    expect(slack.isSendKey(key({ key: 'Enter' }), open)).toBe(false);
    // aria-expanded already reset but the owned listbox is still on screen: still picking.
    open.body.setAttribute('aria-expanded', 'false');
    expect(slack.isSendKey(key({ key: 'Enter' }), open)).toBe(false);
    // The page closes the list the way Slack does (its popover hidden): Enter sends again.
    const list = doc.getElementById(open.body.getAttribute('aria-owns') ?? '') as HTMLElement;
    (list.closest('.c-popover') as HTMLElement).hidden = true;
    expect(slack.isSendKey(key({ key: 'Enter' }), open)).toBe(true);
  });
});

describe.each([
  ['gmail', gmail, 'new-compose.html'],
  ['gmail', gmail, 'popout.html'],
  ['outlook', outlook, 'new-compose.html'],
  ['outlook', outlook, 'older-labels.html'],
] as const)('isSendKey: %s %s', (site, adapter, file) => {
  const { doc, parts } = firstComposer(adapter, site, file);

  test.each([
    ['Ctrl+Enter', { key: 'Enter', ctrlKey: true }, true],
    ['Cmd+Enter', { key: 'Enter', metaKey: true }, true],
    ['Enter adds a line', { key: 'Enter' }, false],
    ['Shift+Enter', { key: 'Enter', shiftKey: true }, false],
    ['Ctrl+Enter during IME composition', { key: 'Enter', ctrlKey: true, isComposing: true }, false],
    ['Ctrl+S', { key: 's', ctrlKey: true }, false],
  ] as const)('%s', (_name, init, want) => {
    expect(adapter.isSendKey(key(init), parts)).toBe(want);
  });

  test('anywhere in the composer, not elsewhere on the page', () => {
    expect(sendKeyAt(adapter, parts, parts.body, key({ key: 'Enter', ctrlKey: true }))).toBe(true);
    if (parts.subject) expect(sendKeyAt(adapter, parts, parts.subject, key({ key: 'Enter', ctrlKey: true }))).toBe(true);
    const search = doc.querySelector('[data-fixture-trap="search"]');
    if (search) expect(sendKeyAt(adapter, parts, search, key({ key: 'Enter', ctrlKey: true }))).toBe(false);
  });
});

describe('conversationId (Slack)', () => {
  test('channel, DM and thread ids from the message input', () => {
    const channel = firstComposer(slack, 'slack', 'channel.html');
    expect(slack.conversationId?.(channel.parts, fixtureLocation(channel.doc))).toBe('C05GENERAL');
    const dm = firstComposer(slack, 'slack', 'dm.html');
    expect(slack.conversationId?.(dm.parts, fixtureLocation(dm.doc))).toBe('D05JONAS01');
    const doc = load('slack', 'channel-and-thread.html');
    const ids = slack.findComposers(doc).composers.map((c) => slack.conversationId?.(c, fixtureLocation(doc)));
    expect(ids).toEqual(['C05GENERAL', 'C05GENERAL:thread']);
  });

  test('falls back to the URL when the DOM carries no channel id', () => {
    const doc = load('slack', 'channel-and-thread.html');
    for (const el of doc.querySelectorAll('[data-channel-id]')) el.removeAttribute('data-channel-id');
    const composers = slack.findComposers(doc).composers;
    expect(composers.map((c) => slack.conversationId?.(c, fixtureLocation(doc)))).toEqual(['C05GENERAL', 'C05GENERAL:thread']);
    const thread = composers[1] as ComposerParts;
    const elsewhere = new URL('https://app.slack.com/client/T05ACME01/C05OTHER01/thread/C05AWARDS1-1712070120.004500') as unknown as Location;
    expect(slack.conversationId?.(thread, elsewhere)).toBe('C05AWARDS1:thread');
    const noChannel = new URL('https://app.slack.com/client/T05ACME01/unreads') as unknown as Location;
    expect(slack.conversationId?.(composers[0] as ComposerParts, noChannel)).toBeNull();
  });
});

function editor(html: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = html;
  return el;
}

describe('readText', () => {
  test.each([
    ['Gmail: text, empty line as <div><br></div>', 'Hi Lena,<div><br></div><div>could you review it?</div>', 'Hi Lena,\n\ncould you review it?'],
    ['Gmail: <br> inside and at the end of a block', '<div>a<br>b</div><div>c<br></div><div>d</div>', 'a\nb\nc\nd'],
    ['Gmail: two trailing <br> leave an empty line', '<div>a<br><br></div><div>b</div>', 'a\n\nb'],
    ['Quill: one <p> per line, empty line as <p><br></p>', '<p>one</p><p><br></p><p>two</p>', 'one\n\ntwo'],
    ['Quill: an empty editor', '<p><br></p>', ''],
    ['Outlook: divs, signature with <br>', '<div>Hi,</div><div><br></div><div id="Signature"><div>Anna<br>Pricing</div></div>', 'Hi,\n\nAnna\nPricing'],
    ['bulleted and numbered lists', '<p>Options:</p><ul><li>A</li><li>B</li></ul><ol><li>x</li><li>y</li></ol>', 'Options:\n- A\n- B\n1. x\n2. y'],
    [
      'Quill lists mark the kind on the item',
      '<ol><li data-list="bullet">a</li><li data-list="ordered">b</li><li data-list="ordered">c</li></ol>',
      '- a\n1. b\n2. c',
    ],
    ['emoji as characters', '<p>thanks 🙏🏽 👍</p>', 'thanks 🙏🏽 👍'],
    [
      'emoji as images',
      'ok <img data-emoji="😀" alt="😀" src="x.png"> <img class="emoji" alt=":tada:" src="y.png"><img alt="Company logo" src="z.png">',
      'ok 😀 :tada:',
    ],
    ['Slack mention', '<p>ping <ts-mention data-id="U1">@anna</ts-mention>\u00a0now</p>', 'ping @anna now'],
    ['markup-looking text stays text; tags never leak', '<p>use &lt;b&gt; here, <b>bold</b></p><style>p{}</style>', 'use <b> here, bold'],
    ['quoted history is kept', 'Sure<div class="gmail_quote"><blockquote>old text</blockquote></div>', 'Sure\nold text'],
  ])('%s', (_name, html, want) => {
    expect(readEditableText(editor(html))).toBe(want);
  });

  test('each adapter reads its fixture editor', () => {
    const g = firstComposer(gmail, 'gmail', 'new-compose.html');
    expect(gmail.readText(g.parts.body)).toBe('Hi Lena,\n\ncould you review the Q3 pricing doc?\n\n-- \nAnna Kowalski\nPricing team');
    const s = firstComposer(slack, 'slack', 'autocomplete-open.html');
    expect(slack.readText(s.parts.body)).toBe('Can you check job 1234 before the release call, @an');
    const o = firstComposer(outlook, 'outlook', 'inline-reply.html');
    expect(outlook.readText(o.parts.body)).toMatch(
      /^Thanks, looks good\. Any thoughts on the rollout\?\n\nAnna Kowalski\nPricing team\nFrom: Lena Novak <lena.novak@example.com>\nSent: /,
    );
  });

  test('segments map text offsets back to text nodes', () => {
    const { text, segments } = readEditableTextWithMap(editor('<p>one</p><ul><li>two</li></ul>'));
    expect(text).toBe('one\n- two');
    for (const { start, node } of segments) expect(text.slice(start, start + node.data.length)).toBe(node.data);
  });
});

describe('dom helpers', () => {
  test('hidden by inline markup on an ancestor', () => {
    const root = document.createElement('div');
    root.innerHTML = '<div id="a" style="display: none;"><p>x</p></div><div hidden><p>y</p></div><div aria-hidden="true"><p>z</p></div><div><p>shown</p></div>';
    const ps = [...root.querySelectorAll('p')];
    expect(ps.map((p) => isHiddenByAncestor(p))).toEqual([true, true, true, false]);
  });

  test('opt-out markers, but not Quill\u2019s data-gramm="false"', () => {
    const root = document.createElement('div');
    root.innerHTML =
      '<div data-enable-grammarly="false"><div contenteditable="true">a</div></div><div contenteditable="true" data-gramm_editor="false">b</div><div contenteditable="true" data-gramm="false">c</div>';
    expect([...root.querySelectorAll<HTMLElement>('[contenteditable]')].map((el) => isOptedOut(el))).toEqual([true, true, false]);
  });
});

describe('meta', () => {
  test('no adapter file reads the fixtures\u2019 annotations', () => {
    const files = (readdirSync(sitesDir, { recursive: true }) as string[]).map((f) => f.replaceAll('\\', '/')).filter((f) => /\.tsx?$/.test(f));
    expect(files).toEqual(
      expect.arrayContaining([
        'dom/read-text.ts',
        'gmail/adapter.ts',
        'gmail/selectors.ts',
        'outlook/adapter.ts',
        'slack/adapter.ts',
        'selectors.ts',
        'types.ts',
      ]),
    );
    for (const f of files) expect(readFileSync(join(sitesDir, f), 'utf8'), f).not.toContain('data-fixture');
  });
});
