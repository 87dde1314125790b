import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { REQUEST_EVENTS as SERIES, type RequestEventName as Series, type WeeklyRequests } from '../../../../../contract/admin-stats';

const COLOURS: Record<Series, string> = { sent: '#001158', accepted: '#15793a', declined: '#b42318', withdrawn: '#b45309', expired: '#6b7280' };
const HEIGHT = 280;

/**
 * The weekly requests drawn by uPlot, one line per kind. Loaded on demand (React.lazy in
 * stats-page.tsx), so the library is never in the first page's bundle. The caller hides it from
 * assistive technology: the table beside it holds the same figures.
 */
export default function RequestsChart({ weeks, labels }: { weeks: WeeklyRequests[]; labels: Record<Series | 'week', string> }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const data: uPlot.AlignedData = [weeks.map((_, index) => index), ...SERIES.map((series) => weeks.map((week) => week[series]))];
    const plot = new uPlot(
      {
        width: Math.max(element.clientWidth, 240),
        height: HEIGHT,
        scales: { x: { time: false } },
        axes: [
          {
            values: (_, splits) => splits.map((split) => (Number.isInteger(split) ? (weeks[split]?.week.slice(5) ?? '') : '')),
            incrs: [1, 2, 4, 8, 13, 26, 52],
          },
          { incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000] },
        ],
        series: [
          { label: labels.week, value: (_: uPlot, index: number | null) => (index === null ? '–' : (weeks[index]?.week ?? '–')) },
          ...SERIES.map((series) => ({ label: labels[series], stroke: COLOURS[series], width: 2, points: { show: weeks.length <= 30 } })),
        ],
        cursor: { drag: { x: false, y: false } },
      },
      data,
      element,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(element.clientWidth, 240), height: HEIGHT }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [weeks, labels]);
  return <div ref={box} className="stats-chart" />;
}
