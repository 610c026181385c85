/** A new install: what will appear here, and that it all stays on this computer. */
export function EmptyState() {
  return (
    <section className="empty" aria-labelledby="empty-title">
      <h2 id="empty-title">Nothing counted yet</h2>
      <p>Write in Gmail, Slack or Outlook as usual. After your first messages this popup shows, for this week against last week:</p>
      <ul>
        <li>how many messages you sent clean, with no nudge left</li>
        <li>nudges shown, fixed before sending, or sent anyway</li>
        <li>your top three nudges, each with a tip</li>
        <li>meetings flagged in your calendar and what they cost</li>
        <li>your sync:async ratio against the 20:80 target</li>
        <li>an 8-week trend</li>
      </ul>
      <p className="quiet">Only daily counts are kept, on this computer: never what you write.</p>
    </section>
  );
}
