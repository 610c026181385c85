/**
 * The reader's local time beside each composer: reads who the draft goes to (in memory, on
 * each edit), and when it is outside a recipient's working hours shows one line above the
 * composer pointing to the site's own schedule-send. Nothing here is stored, sent or counted;
 * without a roster (and, on Slack, without a local time on the page) it shows nothing at all.
 */
import { createElement } from 'react';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { RecipientTimeNote } from '../../../../components/team/RecipientTimeNote';
import { ABOVE_ANCHOR, HintHost } from '../../host';
import { runSite, type SitePage, type SiteSession } from '../../run-site';
import { guard, NextFrame, report } from '../../safe';
import type { ComposerParts, MessageSiteAdapter } from '../../types';
import { type ReaderTime, readersOutsideHours } from '../../../team/recipient-time';
import type { RecipientReader } from './readers';

class ReaderTimeSession implements SiteSession {
  private host: HintHost | null = null;
  private creating = false;
  /** What was dismissed, by the line it showed: a new recipient or a new hour shows again. */
  private dismissed = '';
  private shown = '';
  private readonly frame = new NextFrame('reader time', () => this.check());
  private readonly observer: MutationObserver;
  private readonly onEdit = guard('reader time edit', () => this.frame.request());

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly page: SitePage,
    private readonly reader: RecipientReader,
    readonly parts: ComposerParts,
  ) {
    this.observer = new MutationObserver(this.onEdit);
    this.observer.observe(parts.root, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-hovercard-id', 'title', 'value'] });
    parts.root.addEventListener('input', this.onEdit, true);
  }

  async mount(): Promise<void> {
    this.check();
  }

  refresh(): void {
    this.check();
  }

  private readers(): ReaderTime[] {
    const { roster } = this.page.policy;
    if (!roster.length && this.parts.surface !== 'chat') return [];
    return readersOutsideHours(this.reader.read(this.parts, document, location), roster, Date.now());
  }

  private check(): void {
    const readers = this.readers();
    const line = readers.map((r) => `${r.label}|${r.localTime.slice(0, 2)}`).join(',');
    this.shown = line;
    if (!readers.length || line === this.dismissed) {
      this.host?.render(createElement(RecipientTimeNote, { readers: [], onSchedule: null, onDismiss: () => undefined }), []);
      return;
    }
    if (!this.host) {
      if (this.creating) return;
      this.creating = true;
      void HintHost.create(this.ctx, this.parts.root, undefined, ABOVE_ANCHOR)
        .then(
          (host) => {
            this.host = host;
            this.check();
          },
          (e: unknown) => report('reader time host', e),
        )
        .finally(() => (this.creating = false));
      return;
    }
    const opener = this.reader.scheduleOpener(this.parts);
    this.host.render(
      createElement(RecipientTimeNote, {
        readers,
        onSchedule: opener
          ? guard('schedule send', () => {
              // Opens the site's own menu (Schedule send / Schedule for later); the person picks the time.
              opener.focus();
              opener.click();
            })
          : null,
        onDismiss: guard('reader time dismiss', () => {
          this.dismissed = this.shown;
          this.check();
        }),
      }),
      [],
    );
  }

  destroy(): void {
    this.frame.cancel();
    this.observer.disconnect();
    this.parts.root.removeEventListener('input', this.onEdit, true);
    this.host?.remove();
    this.host = null;
  }
}

/** The reader's-local-time line on one message site. Resolves once set up; never rejects. */
export function runReaderTimes(ctx: ContentScriptContext, adapter: MessageSiteAdapter, reader: RecipientReader): Promise<void> {
  return runSite<ComposerParts, ReaderTimeSession, SitePage>(ctx, {
    site: adapter.site,
    what: 'reader time',
    keyOf: (p) => p.body,
    find: (scope) => {
      const { composers } = adapter.findComposers(scope);
      return { found: composers, skipped: [] };
    },
    extra: () => ({}),
    create: (page, parts) => new ReaderTimeSession(ctx, page, reader, parts),
  });
}
