/** Underlines for every composer on the page, through the CSS Custom Highlight API where it exists. */
export class Underlines {
  private readonly byOwner = new Map<object, { warn: Range[]; info: Range[] }>();
  readonly native = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';

  constructor() {
    if (!this.native || document.getElementById('async-nudge-highlight-style')) return;
    const style = document.createElement('style');
    style.id = 'async-nudge-highlight-style';
    // Dotted amber/blue, not spell-check's red wave.
    style.textContent =
      '::highlight(async-nudge-warn){text-decoration:underline dotted 2px #c27c0e;text-underline-offset:3px}' +
      '::highlight(async-nudge-info){text-decoration:underline dotted 2px #2f7bd6;text-underline-offset:3px}';
    (document.head ?? document.documentElement).append(style);
  }

  set(owner: object, warn: Range[], info: Range[]): void {
    this.byOwner.set(owner, { warn, info });
    this.flush();
  }

  delete(owner: object): void {
    if (this.byOwner.delete(owner)) this.flush();
  }

  private flush(): void {
    if (!this.native) return;
    const warn: Range[] = [];
    const info: Range[] = [];
    for (const r of this.byOwner.values()) {
      warn.push(...r.warn);
      info.push(...r.info);
    }
    CSS.highlights.set('async-nudge-warn', new Highlight(...warn));
    CSS.highlights.set('async-nudge-info', new Highlight(...info));
  }
}
