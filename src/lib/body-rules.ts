/**
 * What a story body may hold (src/lib/body-check.ts): the inline HTML elements and their
 * attributes, the site's components and their props, the link schemes, and for what is refused
 * the reason an editor reads.
 */
/** Inline elements a body may use, with the attributes each may carry beyond `title` and `lang`. */
export const INLINE_HTML: Record<string, readonly string[]> = {
  abbr: [],
  br: [],
  cite: [],
  del: ['datetime'],
  dfn: [],
  ins: ['datetime'],
  kbd: [],
  mark: [],
  q: [],
  rp: [],
  rt: [],
  ruby: [],
  s: [],
  samp: [],
  small: [],
  span: [],
  sub: [],
  sup: [],
  time: ['datetime'],
  var: [],
  wbr: [],
};
export const GLOBAL_ATTRIBUTES = ['title', 'lang'];

/** The site's components, with the props each takes. */
export const COMPONENTS: Record<string, { props: readonly string[]; children: boolean }> = {
  ModelTable: { props: [], children: false },
  Takeaway: { props: [], children: true },
  Chart: { props: ['type', 'metric', 'metrics', 'x', 'y'], children: false },
};

/** Elements named for what they would do, so the message says why rather than "unknown". */
export const DANGEROUS: Record<string, string> = {
  script: 'it would run code in readers\' browsers',
  style: 'it would restyle the whole page',
  meta: 'it can send every reader to another site or change how the page is read',
  link: 'it loads outside resources into the page',
  base: 'it would change where every link on the page points',
  iframe: 'it embeds another site in the page',
  frame: 'it embeds another site in the page',
  object: 'it embeds outside content or plugins',
  embed: 'it embeds outside content or plugins',
  form: 'it would send readers\' input elsewhere',
  input: 'forms are not part of a story',
  button: 'forms are not part of a story',
  textarea: 'forms are not part of a story',
  select: 'forms are not part of a story',
  svg: 'it can hold scripts and links',
  math: 'it can hold links',
  template: 'it holds hidden markup',
  noscript: 'it holds markup for another mode of the page',
};

/** Link and image addresses a body may use: the web, mail, and paths within the site. */
export const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

export const CONTROL_EXPECTED = 'text without control characters: pages, feeds and search cannot carry them';

export const ALLOWED_SUMMARY =
  'Markdown, <ModelTable />, <Takeaway>…</Takeaway>, <Chart … /> with literal props, and the inline elements ' +
  Object.keys(INLINE_HTML).map((name) => `<${name}>`).join(' ');

/** A name's entry in one of the lists above, own keys only: `constructor` or `__proto__` is no entry. */
