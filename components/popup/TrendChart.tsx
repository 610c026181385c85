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
import { t } from '@/utils/i18n';
import { count, percent, ratio, shortDay } from './format';
import { SYNC_TARGET, TREND_WEEKS, type TrendWeek } from '@/utils/stats/queries';

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
        values: (_u, splits) => splits.map((v) => percent(v / 100)),
      },
    ],
    series: [
      {},
      { label: t('popup.trend.sent_clean'), ...line(css(el, '--chart-clean')) },
      { label: t('popup.trend.sync_share'), ...line(css(el, '--chart-sync')) },
      { label: t('popup.trend.sync_target'), stroke: text, width: 1, dash: [4, 4], points: { show: false } },
    ],
  };
}

function chartData(points: Point[]): uPlot.AlignedData {
  return [points.map((_, i) => i), points.map((p) => p[1]), points.map((p) => p[2]), points.map(() => SYNC_TARGET * 100)];
}

/** Where a share was first and last measured in the trend; null when it never was. */
function span(trend: TrendWeek[], pick: (w: TrendWeek) => number | null) {
  const weeks = trend.filter((w) => pick(w) !== null);
  const first = weeks[0];
  const last = weeks[weeks.length - 1];
  if (!first || !last) return null;
  return { first, last, from: pick(first) as number, to: pick(last) as number, thisWeek: last === trend[trend.length - 1] };
}

/** "Sent clean went from 50% (week of Mar 3) to 75% this week. …" for screen readers. */
export function trendSummary(trend: TrendWeek[]): string {
  const clean = span(trend, (w) => w.cleanShare);
  const sync = span(trend, (w) => w.syncShare);
  const target = ratio(SYNC_TARGET);
  const cleanText = !clean
    ? t('popup.trend.summary.clean_none')
    : clean.first === clean.last
      ? clean.thisWeek
        ? t('popup.trend.summary.clean_one_this_week', { value: percent(clean.to) })
        : t('popup.trend.summary.clean_one_earlier', { value: percent(clean.to), to_week: shortDay(clean.last.weekStart) })
      : clean.thisWeek
        ? t('popup.trend.summary.clean_change_this_week', { from: percent(clean.from), from_week: shortDay(clean.first.weekStart), to: percent(clean.to) })
        : t('popup.trend.summary.clean_change_earlier', {
            from: percent(clean.from),
            from_week: shortDay(clean.first.weekStart),
            to: percent(clean.to),
            to_week: shortDay(clean.last.weekStart),
          });
  const syncText = !sync
    ? t('popup.trend.summary.sync_none', { target })
    : sync.first === sync.last
      ? sync.thisWeek
        ? t('popup.trend.summary.sync_one_this_week', { value: ratio(sync.to), target })
        : t('popup.trend.summary.sync_one_earlier', { value: ratio(sync.to), to_week: shortDay(sync.last.weekStart), target })
      : sync.thisWeek
        ? t('popup.trend.summary.sync_change_this_week', { from: ratio(sync.from), from_week: shortDay(sync.first.weekStart), to: ratio(sync.to), target })
        : t('popup.trend.summary.sync_change_earlier', {
            from: ratio(sync.from),
            from_week: shortDay(sync.first.weekStart),
            to: ratio(sync.to),
            to_week: shortDay(sync.last.weekStart),
            target,
          });
  return `${cleanText} ${syncText}`;
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
      <h2 id="trend-title">{t('popup.trend.title', { weeks: count(TREND_WEEKS) })}</h2>
      <p className="legend" aria-hidden="true">
        <span className="key clean">{t('popup.trend.sent_clean')}</span>
        <span className="key sync">{t('popup.trend.sync_share')}</span>
        <span className="key target">{t('popup.trend.legend_target', { target: percent(SYNC_TARGET) })}</span>
      </p>
      <div className="chart" ref={box} aria-hidden="true" />
      <p className="sr-only" id="trend-summary">
        {trendSummary(trend)}
      </p>
      <div className="sr-only">
        <table>
          <caption>{t('popup.trend.table_caption', { weeks: count(TREND_WEEKS) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('popup.trend.week_of')}</th>
              <th scope="col">{t('popup.trend.messages_sent')}</th>
              <th scope="col">{t('popup.trend.sent_clean')}</th>
              <th scope="col">{t('popup.trend.nudges_shown')}</th>
              <th scope="col">{t('popup.trend.sync_async')}</th>
            </tr>
          </thead>
          <tbody>
            {trend.map((w) => (
              <tr key={w.weekStart}>
                <th scope="row">{shortDay(w.weekStart)}</th>
                <td>{count(w.messagesSent)}</td>
                <td>{w.cleanShare === null ? t('popup.no_value') : percent(w.cleanShare)}</td>
                <td>{w.nudgesShown === undefined ? t('popup.pending') : count(w.nudgesShown)}</td>
                <td>{w.syncShare === null ? t('popup.no_value') : ratio(w.syncShare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
