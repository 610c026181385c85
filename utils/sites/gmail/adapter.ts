/**
 * Gmail: pop-up, full-screen and pop-out compose windows and inline replies, several at once.
 * A compose is found from its editor: the smallest ancestor that holds the compose's own form
 * fields (composeid, draft, subject box); Send is the send group's button that opens no menu.
 */
import { closestComposerRoot, firstWithin, walkUp } from '../dom/query';
import { isImeComposing, targetWithin } from '../dom/events';
import { readEditableText } from '../dom/read-text';
import { scanComposers } from '../dom/composers';
import { gmailSelectors as S } from './selectors';
import type { MessageSiteAdapter } from '../types';

export const gmail: MessageSiteAdapter = {
  site: 'gmail',

  findComposers(scope) {
    return scanComposers(scope, {
      bodies: S.body,
      surface: 'email',
      locate(body, editors) {
        const core = walkUp(body, editors, (ancestor) => (firstWithin(ancestor, S.composeMarker) ? ancestor : null));
        // An editor with no compose form around it (the settings page's signature box) is no composer.
        if (!core) return 'not-a-composer';
        const send = firstWithin(core, S.send, body);
        const subject = firstWithin(core, S.subject) as HTMLInputElement | null;
        const root = closestComposerRoot(body, S.root, [send, subject], editors) ?? core;
        return { root, subject, send };
      },
    });
  },

  readText: readEditableText,

  isSendKey(event, parts) {
    return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !isImeComposing(event) && targetWithin(event, parts.root);
  },
};
