/**
 * How a social card (`card.ts`) is laid out: a Takumi node tree in the site's light theme. Pure,
 * and free of the site's strings, so the drawing process (`draw-process.ts`) loads it alone.
 */
import type { ContainerNode, Node } from '@takumi-rs/helpers';
import { LANGUAGES } from '../../i18n/languages.ts';
import type { Lang } from '../../schemas/localized.ts';
import type { CardSpec } from './card.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The light theme of `src/styles/global.css`. */
const COLOURS = { bg: '#fdfdfc', surface: '#f4f5f7', text: '#1b1c20', muted: '#575b64', accent: '#0a58a8', border: '#dcdee3' };

/** Title sizes to try, largest first; `render.ts` keeps the first at which the title fits its box. */
export const TITLE_SIZES = [72, 64, 58, 52, 46, 40, 36, 32, 28, 24] as const;
export const TITLE_LINE_HEIGHT = 1.25;
const PADDING = 64;
export const TITLE_WIDTH = CARD_WIDTH - 2 * PADDING;
const SITE_ROW = 40;
const FOOTER_ROW = 34;
const BAR_ROW = 40;
const GAP = 28;

/** The title's box: what the card holds between the site name and the chart or footer. */
export function titleBox(spec: CardSpec): { width: number; height: number } {
  const chart = spec.chart ? 34 + spec.chart.bars.length * BAR_ROW + GAP : 0;
  return { width: TITLE_WIDTH, height: CARD_HEIGHT - 2 * PADDING - 12 - SITE_ROW - GAP - chart - GAP - FOOTER_ROW };
}

const WORD_JOINER = '\u2060';
const segmenters = new Map<Lang, Intl.Segmenter>();

/**
 * Chinese has no spaces, so a line may break between any two characters, splitting a word such as
 * 模型 across two lines. Joining the characters of each word (as Intl.Segmenter finds them) leaves
 * the breaks between words only: in every language written without spaces (src/i18n/languages.ts).
 */
export function keepWords(text: string, lang: Lang): string {
  if (LANGUAGES[lang].spacedWords) return text;
  let segmenter = segmenters.get(lang);
  if (!segmenter) segmenters.set(lang, (segmenter = new Intl.Segmenter(LANGUAGES[lang].intl, { granularity: 'word' })));
  return [...segmenter.segment(text)]
    .map(({ segment, isWordLike }) => (isWordLike && /\p{Script=Han}/u.test(segment) ? [...segment].join(WORD_JOINER) : segment))
    .join('');
}

/** The title as a node, at a font size, for measuring (`clamp` false: all its lines) and for the card. */
export function titleNode(spec: CardSpec, size: number, clamp = true): Node {
  return {
    type: 'text',
    text: keepWords(spec.title, spec.lang),
    style: {
      width: TITLE_WIDTH,
      fontSize: size,
      fontWeight: 700,
      lineHeight: TITLE_LINE_HEIGHT,
      color: COLOURS.text,
      // A line of Chinese neither starts with closing punctuation nor ends with opening
      // punctuation (line-break: strict); English words are not split.
      lineBreak: 'strict',
      wordBreak: 'normal',
      overflowWrap: 'anywhere',
      textWrap: 'balance',
      // Only a title too long even at the smallest size reaches this: it ends in an ellipsis
      // rather than running off the card.
      ...(clamp ? { lineClamp: Math.max(1, Math.floor(titleBox(spec).height / (size * TITLE_LINE_HEIGHT))), textOverflow: 'ellipsis' } : {}),
    },
  } as Node;
}

function box(style: Record<string, unknown>, children: Node[]): ContainerNode {
  return { type: 'container', style, children } as ContainerNode;
}

function label(text: string, style: Record<string, unknown>): Node {
  return { type: 'text', text, style } as Node;
}

function chartNode(chart: NonNullable<CardSpec['chart']>): Node {
  const top = Math.max(...chart.bars.map((b) => b.value), 0);
  const bottom = Math.min(...chart.bars.map((b) => b.value), 0);
  const span = top - bottom || 1;
  const track = 560;
  return box({ display: 'flex', flexDirection: 'column', marginTop: GAP }, [
    label(chart.label, { fontSize: 22, color: COLOURS.muted, height: 34 }),
    ...chart.bars.map((bar) =>
      box({ display: 'flex', alignItems: 'center', height: BAR_ROW, gap: 16 }, [
        label(bar.name, { width: 300, fontSize: 24, color: COLOURS.text, textAlign: 'right', lineClamp: 1, textOverflow: 'ellipsis' }),
        box({ display: 'flex', width: track, height: 24, backgroundColor: COLOURS.surface, borderRadius: 4 }, [
          box({ width: Math.max(4, Math.round((track * (bar.value - bottom)) / span)), height: 24, backgroundColor: COLOURS.accent, borderRadius: 4 }, []),
        ]),
        label(bar.figure, { fontSize: 24, fontWeight: 700, color: COLOURS.text }),
      ]),
    ),
  ]);
}

/** The whole card, with its title at `titleSize`. */
export function cardNode(spec: CardSpec, titleSize: number): Node {
  const footer = spec.note
    ? [label(spec.note, { color: COLOURS.muted })]
    : [...(spec.date ? [label(spec.date, { color: COLOURS.muted })] : []), ...spec.tags.map((tag) => label(`#${tag}`, { color: COLOURS.accent }))];
  return box(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      padding: PADDING,
      paddingTop: PADDING - 12,
      backgroundColor: COLOURS.bg,
      borderTop: `12px solid ${COLOURS.accent}`,
      fontFamily: 'Noto Sans SC',
      color: COLOURS.text,
    },
    [
      label(spec.site, { fontSize: 28, fontWeight: 700, color: COLOURS.accent, height: SITE_ROW }),
      // Without a chart below it, the title stands in the middle of the card.
      box({ display: 'flex', flexGrow: 1, marginTop: GAP, alignItems: spec.chart ? 'flex-start' : 'center' }, [titleNode(spec, titleSize)]),
      ...(spec.chart ? [chartNode(spec.chart)] : []),
      box({ display: 'flex', gap: 28, fontSize: 24, height: FOOTER_ROW, marginTop: GAP }, footer),
    ],
  );
}
