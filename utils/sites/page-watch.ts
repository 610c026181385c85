/**
 * Rescan when elements come or go, at most every RESCAN_MIN_MS: the pages we run on mutate
 * constantly, so work follows the mutations (never a timer loop) and is throttled.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { guard } from './safe';

const RESCAN_MIN_MS = 250;

export function watchPage(ctx: ContentScriptContext, rescan: () => void): void {
  let pending = false;
  let last = 0;
  const request = () => {
    if (pending) return;
    pending = true;
    ctx.setTimeout(
      () => {
        pending = false;
        last = performance.now();
        rescan();
      },
      Math.max(0, RESCAN_MIN_MS - (performance.now() - last)),
    );
  };
  const observer = new MutationObserver(
    guard('mutations', (records: MutationRecord[]) => {
      for (const r of records) {
        if (r.type === 'attributes' || [...r.addedNodes, ...r.removedNodes].some((n) => n.nodeType === 1)) {
          request();
          return;
        }
      }
    }),
  );
  observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'hidden', 'aria-hidden'] });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(window, 'wxt:locationchange', request);
}
