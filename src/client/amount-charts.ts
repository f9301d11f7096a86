import { Chart, BarController, BarElement, CategoryScale, LinearScale, Tooltip } from 'chart.js';
import type { AmountSeries } from '../lib/procurement-views/view.ts';
import { wrapLabel } from '../lib/ita/wrap-label.ts';
import { formatBahtAxisTick } from '../lib/procurement/money.ts';

// Only horizontal bars, so the page ships a fraction of Chart.js.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

const brand = '#0b4f8a';
const fontFamily = "Sarabun, 'Sarabun Latin', sans-serif";
const tickSize = 13;
const baht = new Intl.NumberFormat('th-TH', { maximumFractionDigits: 2, minimumFractionDigits: 2 });

function draw(canvas: HTMLCanvasElement, series: AmountSeries, reducedMotion: boolean): void {
  const drawing = canvas.closest<HTMLElement>('.chart-drawing');
  if (drawing) drawing.hidden = false;
  const box = canvas.parentElement!;
  const context = canvas.getContext('2d')!;
  context.font = `${tickSize}px ${fontFamily}`;
  // Long Thai method names wrap into lines of at most about 40 % of the width, as on the score charts.
  const maxWidth = Math.max(96, Math.min(260, box.clientWidth * 0.4));
  const wrapped = series.labels.map((label) => wrapLabel(label, maxWidth, (text) => context.measureText(text).width));
  const lines = wrapped.reduce((sum, label) => sum + Math.max(1.6, label.length + 0.6), 0);
  box.style.height = `${Math.max(140, Math.round(lines * tickSize * 1.25 + 70))}px`;
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: wrapped.map((label) => (label.length === 1 ? label[0]! : label)),
      datasets: [{ label: series.seriesLabel, data: series.values, backgroundColor: brand }],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: reducedMotion ? false : { duration: 400 },
      locale: 'th-TH',
      font: { family: fontFamily, size: 14 },
      scales: {
        x: {
          beginAtZero: true,
          ticks: { font: { family: fontFamily, size: tickSize }, callback: (value: number | string) => formatBahtAxisTick(Number(value)) },
        },
        y: { ticks: { font: { family: fontFamily, size: tickSize }, autoSkip: false } },
      },
      plugins: {
        tooltip: {
          callbacks: {
            title: (items: { dataIndex: number }[]) => series.labels[items[0]?.dataIndex ?? 0] ?? '',
            label: (item: { raw: unknown }) => `${series.seriesLabel} ${baht.format(Number(item.raw))}`,
          },
        },
      },
    },
  } as never);
}

/** Draws every amount chart on the page once Sarabun is ready. */
export async function drawAmountCharts(): Promise<void> {
  const canvases = [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-amount-chart]')];
  if (canvases.length === 0) return;
  await Promise.all([document.fonts.load(`${tickSize}px Sarabun`, 'ก'), document.fonts.load(`${tickSize}px Sarabun`, '0')]).catch(() => undefined);
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  for (const canvas of canvases) {
    if (canvas.dataset.drawn) continue;
    canvas.dataset.drawn = 'true';
    draw(canvas, JSON.parse(canvas.dataset.amountChart ?? '{}') as AmountSeries, reducedMotion);
  }
}
