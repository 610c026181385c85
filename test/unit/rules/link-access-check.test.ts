import { testMessageRule } from '../rule-tester';

testMessageRule('link-access-check', {
  valid: [
    { text: 'Release notes: https://example.com/changelog', why: 'not a document tool' },
    { text: 'The Google Docs export is broken.', why: 'mentions the product, no link' },
    { text: 'See you tomorrow', why: 'no link' },
    {
      text: 'Sounds good.\n\nOn Tue, 3 May 2026 at 10:02, Lena <lena@x.com> wrote:\n> Draft: https://docs.google.com/document/d/abc',
      surface: 'email',
      why: 'the link is in quoted history',
    },
  ],
  invalid: [
    {
      text: 'Draft is here: https://docs.google.com/document/d/1aBc/edit',
      why: 'PRODUCT.md ✗',
      errors: [{ messageId: 'checkAccess', at: 'https://docs.google.com/document/d/1aBc/edit' }],
    },
    {
      text: 'Mockups: https://www.figma.com/file/XYZ/Checkout?node-id=1',
      why: 'Figma',
      errors: [{ messageId: 'checkAccess', at: 'https://www.figma.com/file/XYZ/Checkout?node-id=1' }],
    },
    {
      text: 'Spec lives at acme.notion.site/Spec-123.',
      why: 'Notion site without scheme; trailing dot excluded',
      errors: [{ messageId: 'checkAccess', at: 'acme.notion.site/Spec-123' }],
    },
    {
      text: 'Recording: https://www.loom.com/share/abc123 and deck https://acme.sharepoint.com/s/x',
      why: 'first link reported once',
      errors: [{ messageId: 'checkAccess', at: 'https://www.loom.com/share/abc123' }],
    },
    {
      text: 'Files: https://www.dropbox.com/s/abc/plan.pdf?dl=0',
      why: 'Dropbox',
      errors: [{ messageId: 'checkAccess', at: 'https://www.dropbox.com/s/abc/plan.pdf?dl=0' }],
    },
  ],
});
