/**
 * `<chart-figure>`: holds a chart's data until the figure nears the viewport, then loads the
 * drawing code (Chart.js) and draws. Pages without a chart never load this file; pages with one
 * load Chart.js only when a reader scrolls near it.
 */
import type { ChartData } from '../lib/charts.ts';

class ChartFigure extends HTMLElement {
  connectedCallback() {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        void this.draw();
      },
      { rootMargin: '300px 0px' },
    );
    observer.observe(this);
  }

  private async draw() {
    const canvas = this.querySelector('canvas');
    if (!canvas || !this.dataset.chart) return;
    const { drawChart } = await import('./chart-draw.ts');
    drawChart(canvas, JSON.parse(this.dataset.chart) as ChartData);
    this.dataset.drawn = '';
  }
}

customElements.define('chart-figure', ChartFigure);
