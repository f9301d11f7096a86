import { Chart, BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip } from 'chart.js';
import type { ChartSeries } from '../lib/ita/charts.ts';
import { wrapLabel } from '../lib/ita/wrap-label.ts';

// Only what the score charts use, so the page ships a fraction of Chart.js.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip);

const brand = '#0b4f8a';
const passLine = '#a1262b';
const fontFamily = "Sarabun, 'Sarabun Latin', sans-serif";
const tickSize = 13;
const lineHeight = 1.25;

function draw(canvas: HTMLCanvasElement, series: ChartSeries, reducedMotion: boolean): void {
  const drawing = canvas.closest<HTMLElement>('.chart-drawing');
  const box = canvas.parentElement!;
  if (drawing) drawing.hidden = false;
  const valueAxis = series.horizontal ? 'x' : 'y';
  const categoryAxis = series.horizontal ? 'y' : 'x';

  let labels: (string | string[])[] = series.labels;
  let height = 280;
  if (series.horizontal) {
    const context = canvas.getContext('2d')!;
    context.font = `${tickSize}px ${fontFamily}`;
    // Names take at most a little under half the width: on a 360 px phone that is about 140 px, wrapped to lines.
    const maxWidth = Math.max(96, Math.min(280, box.clientWidth * 0.42));
    const wrapped = series.labels.map((label) => wrapLabel(label, maxWidth, (text) => context.measureText(text).width));
    labels = wrapped.map((lines) => (lines.length === 1 ? lines[0]! : lines));
    // The lines as drawn, for anyone checking that no name was cut (the browser tests do).
    canvas.dataset.labelLines = JSON.stringify(wrapped);
    const rows = wrapped.reduce((sum, lines) => sum + Math.max(2, lines.length + 0.6), 0);
    height = Math.round(rows * tickSize * lineHeight + 84);
  }
  box.style.height = `${height}px`;

  const datasets = [
    {
      type: series.kind,
      label: series.seriesLabel,
      data: series.values,
      backgroundColor: brand,
      borderColor: brand,
      borderWidth: 2,
      pointRadius: 5,
    },
  ];
  new Chart(canvas, {
    type: series.kind,
    data: { labels, datasets },
    options: {
      indexAxis: series.horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: reducedMotion ? false : { duration: 400 },
      locale: 'th-TH',
      font: { family: fontFamily, size: 14 },
      // Room above the plot for the pass line's label.
      layout: { padding: { top: series.passMark === undefined ? 4 : 24, right: 8 } },
      scales: {
        [valueAxis]: { min: 0, max: 100, ticks: { font: { family: fontFamily, size: tickSize } } },
        // A line through few years keeps its points off the edges.
        [categoryAxis]: { offset: true, ticks: { font: { family: fontFamily, size: tickSize, lineHeight }, autoSkip: false } },
      },
      plugins: {
        tooltip: {
          callbacks: {
            title: (items: { dataIndex: number }[]) => series.labels[items[0]?.dataIndex ?? 0] ?? '',
            label: (item: { raw: unknown }) => `${series.seriesLabel} ${Number(item.raw).toFixed(2)}`,
          },
        },
      },
    },
    plugins: series.passMark === undefined ? [] : [passMarkPlugin(series.passMark, series.passMarkLabel, valueAxis)],
  } as never);
}

/** A dashed line at the pass mark, with its label above the plot, drawn without the annotation plugin. */
function passMarkPlugin(passMark: number, label: string | undefined, axis: 'x' | 'y') {
  return {
    id: 'passMark',
    afterDatasetsDraw(chart: Chart) {
      const scale = chart.scales[axis];
      if (!scale) return;
      const { ctx, chartArea } = chart;
      const at = scale.getPixelForValue(passMark);
      ctx.save();
      ctx.strokeStyle = passLine;
      ctx.lineWidth = 2;
      ctx.setLineDash([6, 4]);
      ctx.beginPath();
      if (axis === 'x') {
        ctx.moveTo(at, chartArea.top);
        ctx.lineTo(at, chartArea.bottom);
      } else {
        ctx.moveTo(chartArea.left, at);
        ctx.lineTo(chartArea.right, at);
      }
      ctx.stroke();
      if (label) {
        ctx.setLineDash([]);
        ctx.fillStyle = passLine;
        ctx.font = `600 ${tickSize}px ${fontFamily}`;
        ctx.textBaseline = 'bottom';
        if (axis === 'x') {
          // Above the line, kept inside the canvas when the line is near the right edge.
          const width = ctx.measureText(label).width;
          ctx.textAlign = 'left';
          const x = Math.min(Math.max(at - width / 2, chartArea.left), chart.width - width - 2);
          ctx.fillText(label, x, chartArea.top - 4);
        } else {
          ctx.textAlign = 'right';
          ctx.fillText(label, chartArea.right, at - 3);
        }
      }
      ctx.restore();
    },
  };
}

/** Draws every score chart on the page once Sarabun is ready, so labels are measured with the right font. */
export async function drawScoreCharts(): Promise<void> {
  const canvases = [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')];
  if (canvases.length === 0) return;
  // Thai and Latin faces, regular and semi-bold: the sample text decides which faces load.
  const thaiSample = 'ก';
  const faces = [`${tickSize}px Sarabun`, `600 ${tickSize}px Sarabun`].flatMap((font) => [
    document.fonts.load(font, thaiSample),
    document.fonts.load(font, '0'),
  ]);
  await Promise.all(faces).catch(() => undefined);
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  for (const canvas of canvases) {
    if (canvas.dataset.drawn) continue;
    canvas.dataset.drawn = 'true';
    draw(canvas, JSON.parse(canvas.dataset.chart ?? '{}') as ChartSeries, reducedMotion);
  }
}
