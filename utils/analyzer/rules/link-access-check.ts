import { defineMessageRule } from '../rule';
import { urls } from '../signals';

// Document tools whose links open only for people the owner has shared them with.
const DOC_HOSTS =
  /^(?:https?:\/\/)?(?:www\.)?(?:docs\.google\.com|drive\.google\.com|sheets\.google\.com|slides\.google\.com|forms\.google\.com|jamboard\.google\.com|(?:[\w-]+\.)?notion\.so|[\w-]+\.notion\.site|(?:[\w-]+\.)?dropbox\.com|db\.tt|onedrive\.live\.com|1drv\.ms|[\w-]+\.sharepoint\.com|[\w-]+-my\.sharepoint\.com|(?:www\.)?figma\.com|(?:www\.)?loom\.com)(?:[/:?#]|$)/;

/*
 * Hit: "Draft is here: https://docs.google.com/document/d/…"
 * Not: "Release notes: https://example.com/changelog"
 */
export default defineMessageRule({
  meta: {
    kind: 'message',
    id: 'link-access-check',
    severity: 'info',
    english: false,
    example: 'Draft is here: https://docs.google.com/document/d/…',
    messages: ['checkAccess'],
  },
  check({ draft, report }) {
    for (const u of urls(draft)) {
      if (DOC_HOSTS.test(draft.lower.slice(u.start, u.end))) {
        report({ messageId: 'checkAccess', start: u.start, end: u.end });
        return;
      }
    }
  },
});
