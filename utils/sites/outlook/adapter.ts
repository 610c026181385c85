/**
 * Outlook on the web: full compose, inline reply and pop-out compose forms. A draft Outlook
 * keeps mounted but hidden is skipped; the reading pane's own "Message body" region is not
 * editable and never matches.
 */
import { closestComposerRoot, commonAncestor, firstWithin, nearestWithin } from '../dom/query';
import { isImeComposing, targetWithin } from '../dom/events';
import { readEditableText } from '../dom/read-text';
import { scanComposers } from '../dom/composers';
import { outlookSelectors as S } from './selectors';
import type { MessageSiteAdapter } from '../types';

export const outlook: MessageSiteAdapter = {
  site: 'outlook',

  findComposers(scope) {
    return scanComposers(scope, {
      bodies: S.body,
      surface: 'email',
      locate(body, editors) {
        const send = nearestWithin(body, S.send, editors, S.root);
        const root = closestComposerRoot(body, S.root, [send], editors) ?? commonAncestor(body, send);
        const subject = firstWithin(root, S.subject) as HTMLInputElement | null;
        return { root, subject, send };
      },
    });
  },

  readText: readEditableText,

  isSendKey(event, parts) {
    return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !isImeComposing(event) && targetWithin(event, parts.root);
  },
};
