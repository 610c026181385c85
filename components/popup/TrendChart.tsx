/**
 * Eight weeks of "sent clean" and "sync share", drawn by uPlot: a kept library that brings the
 * scales, axes, gaps for empty weeks and crisp HiDPI lines a hand-written SVG would grow into, at
 * 51 KB loaded after the first numbers are on screen (so it never delays them). Its canvas takes
 * colours as values, so they are read from the CSS variables and redrawn when the colour scheme
 * changes. The canvas is hidden from screen readers: a summary sentence and a table carry the
 * same numbers.
 */
import { useEffect, useRef } from 'react';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { percent, ratio, shortDay } from './format';
import { SYNC_TARGET, type TrendWeek } from './popup-stats';

const HEIGHT = 80;

const css = (el: Element, name: string) => getComputedStyle(el).getPropertyValue(name).trim();
const pct = (share: number | null) => (share === null ? null : Math.round(share * 100));

/** What the canvas draws: the weeks and their two shares (nudge counts are table-only). */
type Point = [weekStart: string, clean: number | null, sync: number | null];

function chartOptions(el: HTMLElement, points: Point[]): uPlot.Options {
  const text = css(el, '--muted');
  const font = `10px ${css(el, 'font-family') || 'system-ui'}`;
  const line = (stroke: string) => ({ stroke, width: 2, points: { size: 5, fill: stroke, stroke } });
  return {
    width: el.clientWidth,
    height: HEIGHT,
    legend: { show: false },
    cursor: { show: false },
    // Room on the right for the last week's date, centred on the last point.
    padding: [6, 22, 0, 0],
    scales: { x: { time: false }, y: { range: [0, 100] } },
    axes: [
      {
        stroke: text,
        font,
        size: 18,
        gap: 2,
        ticks: { show: false },
        grid: { show: false },
        splits: () => points.map((_, i) => i),
        // Every other week (ending with this one) keeps the dates legible at 360 px.
        values: (_u, splits) => splits.map((i) => (i % 2 === points.length % 2 ? '' : shortDay(points[i]?.[0] ?? ''))),
      },
      {
        stroke: text,
        font,
        size: 32,
        gap: 3,
        ticks: { show: false },
        grid: { stroke: css(el, '--grid'), width: 1 },
        splits: () => [0, 50, 100],
        values: (_u, splits) => splits.map((v) => `${v}%`),
      },
    ],
    series: [
      {},
      { label: 'Sent clean', ...line(css(el, '--chart-clean')) },
      { label: 'Sync share', ...line(css(el, '--chart-sync')) },
      { label: 'Sync target', stroke: text, width: 1, dash: [4, 4], points: { show: false } },
    ],
  };
}

function chartData(points: Point[]): uPlot.AlignedData {
  return [points.map((_, i) => i), points.map((p) => p[1]), points.map((p) => p[2]), points.map(() => SYNC_TARGET * 100)];
}

/** "Sent clean went from 50% (week of 20 Jan) to 72% this week; …" for screen readers. */
export function trendSummary(trend: TrendWeek[]): string {
  const part = (name: string, pick: (w: TrendWeek) => number | null, show: (v: number) => string, extra = '') => {
    const weeks = trend.filter((w) => pick(w) !== null);
    const first = weeks[0];
    const last = weeks[weeks.length - 1];
    if (!first || !last) return `${name}: no data yet${extra}.`;
    const lastLabel = last === trend[trend.length - 1] ? 'this week' : `the week of ${shortDay(last.weekStart)}`;
    if (first === last) return `${name}: ${show(pick(last) as number)} ${lastLabel}${extra}.`;
    return `${name} went from ${show(pick(first) as number)} (week of ${shortDay(first.weekStart)}) to ${show(pick(last) as number)} ${lastLabel}${extra}.`;
  };
  return [part('Sent clean', (w) => w.cleanShare, percent), part('Sync:async', (w) => w.syncShare, ratio, `, against a ${ratio(SYNC_TARGET)} target`)].join(
    ' ',
  );
}

export function TrendChart({ trend }: { trend: TrendWeek[] }) {
  const box = useRef<HTMLDivElement | null>(null);
  // Redraw only when a drawn value changes, not when the table's nudge counts arrive.
  const drawn = JSON.stringify(trend.map((w): Point => [w.weekStart, pct(w.cleanShare), pct(w.syncShare)]));

  useEffect(() => {
    const points = JSON.parse(drawn) as Point[];
    const el = box.current;
    if (!el) return;
    let chart: uPlot | null = null;
    let stopped = false;
    // The colours come from CSS variables, so a switch to dark mode redraws the canvas.
    const dark = window.matchMedia?.('(prefers-color-scheme: dark)');
    const draw = async () => {
      const { default: UPlot } = await import('uplot');
      if (stopped) return;
      chart?.destroy();
      chart = new UPlot(chartOptions(el, points), chartData(points), el);
    };
    const redraw = () => void draw().catch(() => undefined);
    redraw();
    dark?.addEventListener('change', redraw);
    return () => {
      stopped = true;
      dark?.removeEventListener('change', redraw);
      chart?.destroy();
    };
  }, [drawn]);

  return (
    <section className="trend" aria-labelledby="trend-title">
      <h2 id="trend-title">8-week trend</h2>
      <p className="legend" aria-hidden="true">
        <span className="key clean">Sent clean</span>
        <span className="key sync">Sync share</span>
        <span className="key target">Target {percent(SYNC_TARGET)}</span>
      </p>
      <div className="chart" ref={box} aria-hidden="true" />
      <p className="sr-only" id="trend-summary">
        {trendSummary(trend)}
      </p>
      <div className="sr-only">
        <table>
          <caption>Weekly numbers, last 8 weeks</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col">Messages sent</th>
              <th scope="col">Sent clean</th>
              <th scope="col">Nudges shown</th>
              <th scope="col">Sync:async</th>
            </tr>
          </thead>
          <tbody>
            {trend.map((w) => (
              <tr key={w.weekStart}>
                <th scope="row">{shortDay(w.weekStart)}</th>
                <td>{w.messagesSent}</td>
                <td>{w.cleanShare === null ? '—' : percent(w.cleanShare)}</td>
                <td>{w.nudgesShown ?? '…'}</td>
                <td>{w.syncShare === null ? '—' : ratio(w.syncShare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
