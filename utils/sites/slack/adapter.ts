/**
 * Slack web: channel, DM and thread composers (Quill editors), each scoped to its own pane.
 * Editors for editing a sent message in place are not composers and are left alone.
 */
import { closestAny, closestComposerRoot, commonAncestor, firstWithin, matchesAny, nearestWithin } from '../dom/query';
import { isHiddenByAncestor } from '../dom/visibility';
import { isImeComposing, targetWithin } from '../dom/events';
import { readEditableText } from '../dom/read-text';
import { scanComposers } from '../dom/composers';
import { sharedSelectors } from '../selectors';
import { slackSelectors as S } from './selectors';
import type { MessageSiteAdapter } from '../types';

/** `/client/<team>/<channel>` and `/client/<team>/<channel>/thread/<channel>-<ts>`. */
const CLIENT_PATH = /\/client\/[A-Z0-9]+\/([CDG][A-Z0-9]{2,})(?:\/thread\/([CDG][A-Z0-9]{2,})-[\d.]+)?/;

function isThreadComposer(body: HTMLElement): boolean {
  return closestAny(body, S.threadPane) !== null;
}

/** The mention/emoji/channel suggestion list the editor owns is open: Enter picks, it does not send. */
function suggestionsOpen(body: HTMLElement): boolean {
  if (body.getAttribute('aria-expanded') === 'true') return true;
  const ids = `${body.getAttribute('aria-owns') ?? ''} ${body.getAttribute('aria-controls') ?? ''}`.split(/\s+/).filter(Boolean);
  return ids.some((id) => {
    const owned = body.ownerDocument.getElementById(id);
    if (!owned) return false;
    const list = matchesAny(owned, sharedSelectors.suggestionList) ? owned : firstWithin(owned, sharedSelectors.suggestionList);
    return list !== null && firstWithin(list, sharedSelectors.suggestionOption) !== null && !isHiddenByAncestor(list);
  });
}

export const slack: MessageSiteAdapter = {
  site: 'slack',

  findComposers(scope) {
    return scanComposers(scope, {
      bodies: S.body,
      surface: 'chat',
      locate(body, editors) {
        if (closestAny(body, S.notComposer) || !closestAny(body, S.messageInput)) return null;
        const send = nearestWithin(body, S.send, editors, S.pane);
        const root = closestComposerRoot(body, S.root, [send], editors) ?? commonAncestor(body, send);
        return { root, subject: null, send };
      },
    });
  },

  readText: readEditableText,

  conversationId(parts, location) {
    const thread = isThreadComposer(parts.body);
    const fromDom = closestAny(parts.body, S.channelHost)?.getAttribute('data-channel-id') || null;
    const path = CLIENT_PATH.exec(location.pathname);
    const fromUrl = (thread ? path?.[2] : undefined) ?? path?.[1] ?? null;
    const channel = fromDom ?? fromUrl;
    if (!channel) return null;
    return thread ? `${channel}:thread` : channel;
  },

  isSendKey(event, parts) {
    if (event.key !== 'Enter' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return false;
    if (isImeComposing(event) || !targetWithin(event, parts.body)) return false;
    return !suggestionsOpen(parts.body);
  },
};
