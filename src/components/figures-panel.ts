import type { Site } from '../data/site.ts';
import type { Disagreement } from '../lib/metric-figures.ts';
import type { Lang } from '../schemas/localized.ts';

/** What a model's or a metric's first page hands the panel of its latest figures. */
export interface FiguresPanelProps {
  /** The model's or the metric's id. */
  id: string;
  site: Site;
  lang: Lang;
  /** Where stories disagree: by metric on a model's page, by model on a metric's page. */
  disagreeing: ReadonlyMap<string, Disagreement>;
}
