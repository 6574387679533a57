/**
 * Draws one chart with Chart.js, registering only the parts our three chart kinds use, so the
 * bundle stays small. Colours come from the page's CSS custom properties and follow the theme.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  PointElement,
  ScatterController,
  type ChartConfiguration,
  type Plugin,
} from 'chart.js';
import type { AxisData, ChartData } from '../lib/charts.ts';
import { formatNumber } from '../lib/format.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, PointElement, ScatterController);
Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily;

interface Palette {
  series: string[];
  text: string;
  muted: string;
  grid: string;
  background: string;
}

function palette(): Palette {
  const style = getComputedStyle(document.documentElement);
  const read = (name: string) => style.getPropertyValue(name).trim();
  return {
    series: [1, 2, 3, 4].map((i) => read(`--chart-${i}`)),
    text: read('--text'),
    muted: read('--muted'),
    grid: read('--border'),
    background: read('--bg'),
  };
}

/** Diagonal stripes of `color`: how an estimate is drawn, so it reads as less certain than a published figure. */
function stripes(color: string, background: string): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return color;
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = color;
  ctx.lineWidth = 2.5;
  ctx.beginPath();
  ctx.moveTo(-2, 10);
  ctx.lineTo(10, -2);
  ctx.moveTo(-2, 2);
  ctx.lineTo(2, -2);
  ctx.moveTo(6, 10);
  ctx.lineTo(10, 6);
  ctx.stroke();
  return ctx.createPattern(tile, 'repeat') ?? color;
}

/** Tick labels with as many decimals as the step between ticks needs (0.5 → one). */
function tick(axis: AxisData, lang: ChartData['lang']) {
  return (value: number | string, _index: number, ticks: { value: number }[]) => {
    const step = ticks.length > 1 ? Math.abs(ticks[1]!.value - ticks[0]!.value) : 1;
    const decimals = step >= 1 ? 0 : Math.min(3, Math.ceil(-Math.log10(step)));
    return formatNumber(Number(value), { format: axis.format, decimals } as never, lang);
  };
}

function full(axis: AxisData, lang: ChartData['lang'], value: number) {
  return formatNumber(value, { format: axis.format, decimals: axis.decimals } as never, lang);
}

/**
 * Writes the figures on the chart itself: above each bar, and beside each point with the model's
 * name. Readers see exact values without hovering, and no tooltip code is shipped.
 */
function valueLabels(data: ChartData): Plugin {
  return {
    id: 'valueLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.font = `${chart.width < 520 ? 10 : 12}px ${Chart.defaults.font.family}`;
      ctx.fillStyle = palette().text;
      chart.data.datasets.forEach((_dataset, i) => {
        chart.getDatasetMeta(i).data.forEach((element, j) => {
          if (data.kind === 'scatter') {
            const p = data.points[i]!;
            const right = element.x < chart.chartArea.right - 140;
            ctx.textAlign = right ? 'left' : 'right';
            ctx.textBaseline = 'bottom';
            const est = p.estimate ? ` ${data.marks.estimate}` : '';
            ctx.fillText(`${p.model}${est}`, element.x + (right ? 10 : -10), element.y - 6);
            ctx.textBaseline = 'top';
            ctx.fillText(`${full(data.x!, data.lang, p.x)} · ${full(data.y, data.lang, p.y)}`, element.x + (right ? 10 : -10), element.y + 4);
            return;
          }
          const s = data.series[i]!;
          const value = s.values[j];
          if (value === null || value === undefined) return;
          const approx = s.approx[j] ? data.marks.approx : '';
          const est = s.estimate[j] ? ` ${data.marks.estimate}` : '';
          const axis = data.categoryDecimals ? { ...data.y, decimals: data.categoryDecimals[j]! } : data.y;
          const label = `${approx}${full(axis, data.lang, value)}${est}`;
          // Beside the end of a sideways bar, above an upright one.
          ctx.textAlign = data.horizontal ? 'left' : 'center';
          ctx.textBaseline = data.horizontal ? 'middle' : 'bottom';
          ctx.fillText(label, data.horizontal ? element.x + 4 : element.x, data.horizontal ? element.y : element.y - 4);
        });
      });
      ctx.restore();
    },
  };
}

function configure(data: ChartData, colors: Palette): ChartConfiguration {
  const scaleColors = { ticks: { color: colors.muted }, grid: { color: colors.grid }, border: { color: colors.grid } };
  const title = (axis: AxisData) => ({ display: Boolean(axis.title), text: axis.title, color: colors.text });
  const common = { animation: false as const, responsive: true, maintainAspectRatio: false };

  if (data.kind === 'scatter') {
    return {
      type: 'scatter',
      data: {
        datasets: data.points.map((p, i) => {
          const color = colors.series[i % colors.series.length]!;
          return {
            label: p.model,
            data: [{ x: p.x, y: p.y }],
            pointRadius: 7,
            pointHoverRadius: 9,
            borderWidth: 2,
            borderColor: color,
            // An estimate is a hollow point: the same colour, less ink.
            backgroundColor: p.estimate ? colors.background : color,
          };
        }),
      },
      options: {
        ...common,
        layout: { padding: { top: 24, right: 16, bottom: 8 } },
        events: [],
        scales: {
          x: { ...scaleColors, title: title(data.x!), ticks: { ...scaleColors.ticks, callback: tick(data.x!, data.lang) } },
          y: { ...scaleColors, title: title(data.y), ticks: { ...scaleColors.ticks, callback: tick(data.y, data.lang) } },
        },
      },
      plugins: [valueLabels(data)],
    };
  }

  return {
    type: 'bar',
    data: {
      labels: data.categories,
      datasets: data.series.map((s, i) => {
        const color = colors.series[i % colors.series.length]!;
        return {
          label: s.label,
          data: s.values,
          borderColor: color,
          borderWidth: s.estimate.map((e) => (e ? 2 : 0)),
          backgroundColor: s.estimate.map((e) => (e ? stripes(color, colors.background) : color)),
        };
      }),
    },
    plugins: [valueLabels(data)],
    options: {
      ...common,
      events: [],
      // Bars start at zero: a cut axis would make small differences look large.
      ...(data.horizontal
        ? {
            indexAxis: 'y' as const,
            layout: { padding: { right: 72 } },
            scales: {
              x: { ...scaleColors, beginAtZero: true, title: title(data.y), ticks: { ...scaleColors.ticks, callback: tick(data.y, data.lang) } },
              y: { ...scaleColors, grid: { display: false }, ticks: { ...scaleColors.ticks, color: colors.text } },
            },
          }
        : {
            layout: { padding: { top: 20 } },
            scales: {
              x: { ...scaleColors, grid: { display: false }, ticks: { ...scaleColors.ticks, color: colors.text } },
              y: { ...scaleColors, beginAtZero: true, title: title(data.y), ticks: { ...scaleColors.ticks, callback: tick(data.y, data.lang) } },
            },
          }),
    },
  };
}

export function drawChart(canvas: HTMLCanvasElement, data: ChartData): Chart {
  const chart = new Chart(canvas, configure(data, palette()));
  const recolor = () => {
    const next = configure(data, palette());
    chart.data.datasets.forEach((dataset, i) => Object.assign(dataset, next.data.datasets[i]));
    chart.options.scales = next.options!.scales as typeof chart.options.scales;
    chart.update('none');
  };
  document.addEventListener('themechange', recolor);
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', recolor);
  return chart;
}
