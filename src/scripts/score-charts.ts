import { Chart, BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip } from 'chart.js';
import type { ChartSeries } from '../lib/ita-charts.ts';

// Only what the score charts use, so the page ships a fraction of Chart.js.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip);

const brand = '#0b4f8a';
const passLine = '#a1262b';

function draw(canvas: HTMLCanvasElement, series: ChartSeries, reducedMotion: boolean): void {
  const valueAxis = series.horizontal ? 'x' : 'y';
  const categoryAxis = series.horizontal ? 'y' : 'x';
  const datasets = [
    {
      type: series.kind,
      label: series.seriesLabel,
      data: series.values,
      backgroundColor: brand,
      borderColor: brand,
      borderWidth: 2,
    },
  ];
  new Chart(canvas, {
    type: series.kind,
    data: { labels: series.labels, datasets },
    options: {
      indexAxis: series.horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: reducedMotion ? false : { duration: 400 },
      locale: 'th-TH',
      font: { family: 'Sarabun, sans-serif', size: 14 },
      scales: {
        [valueAxis]: { min: 0, max: 100, ticks: { font: { family: 'Sarabun', size: 13 } } },
        [categoryAxis]: { ticks: { font: { family: 'Sarabun', size: 13 }, autoSkip: false } },
      },
      plugins: { tooltip: { callbacks: { label: (item: { raw: unknown }) => `${series.seriesLabel} ${Number(item.raw).toFixed(2)}` } } },
    },
    plugins: series.passMark === undefined ? [] : [passMarkPlugin(series.passMark, valueAxis)],
  } as never);
}

/** A dashed line at the pass mark, drawn without the annotation plugin. */
function passMarkPlugin(passMark: number, axis: 'x' | 'y') {
  return {
    id: 'passMark',
    afterDatasetsDraw(chart: Chart) {
      const scale = chart.scales[axis];
      if (!scale) return;
      const { ctx, chartArea } = chart;
      const at = scale.getPixelForValue(passMark);
      ctx.save();
      ctx.strokeStyle = passLine;
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
      ctx.restore();
    },
  };
}

/** Draws every score chart on the page once Sarabun is ready, so labels are measured with the right font. */
export async function drawScoreCharts(): Promise<void> {
  const canvases = [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')];
  if (canvases.length === 0) return;
  await document.fonts.load('14px Sarabun', 'ก').catch(() => undefined);
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  for (const canvas of canvases) {
    if (canvas.dataset.drawn) continue;
    canvas.dataset.drawn = 'true';
    draw(canvas, JSON.parse(canvas.dataset.chart ?? '{}') as ChartSeries, reducedMotion);
  }
}
