/**
 * Hints for one message site: a composer session per composer the adapter finds, and the
 * page-wide send watch. Capture phase, so a send is seen before the app acts on it; any
 * failure lets the send through.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ComposerSession, type MessagePage } from './composer/session';
import { Underlines } from './composer/underlines';
import { runSite } from './run-site';
import { guard } from './safe';
import type { ComposerParts, MessageSiteAdapter } from './types';

export function runMessageSite(ctx: ContentScriptContext, adapter: MessageSiteAdapter): Promise<void> {
  return runSite<ComposerParts, ComposerSession, MessagePage>(ctx, {
    site: adapter.site,
    what: 'hints',
    keyOf: (p) => p.body,
    find: (scope) => {
      const { composers, skipped } = adapter.findComposers(scope);
      return { found: composers, skipped };
    },
    extra: () => ({ adapter, underlines: new Underlines(), sends: new Map() }),
    create: (page, parts) => new ComposerSession(ctx, page, parts),
    listen: (sessions) => {
      const hold = (e: Event, s: ComposerSession) => {
        if (s.beforeSend()) return;
        e.preventDefault();
        e.stopImmediatePropagation();
      };
      const onKey = guard('send key', (e: KeyboardEvent) => {
        const s = sessions.at(e.target);
        if (!s) return;
        if (e.altKey && e.shiftKey && (e.key === 'N' || e.key === 'n' || e.code === 'KeyN')) {
          e.preventDefault();
          s.toggle(true, true);
        } else if (adapter.isSendKey(e, s.parts)) hold(e, s);
      });
      // Without a found Send control (`parts.send` null) a click send cannot be told from any
      // other click and goes uncounted; keyboard sends (isSendKey) still count.
      const onClick = guard('send click', (e: MouseEvent) => {
        const s = sessions.at(e.target);
        if (s?.parts.send && e.target instanceof Node && s.parts.send.contains(e.target)) hold(e, s);
      });
      ctx.addEventListener(document, 'keydown', onKey, { capture: true });
      ctx.addEventListener(document, 'click', onClick, { capture: true });
    },
  });
}
