/** Whether a body places the table itself (src/lib/story-context.ts), as the MDX pipeline finds it. */
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkContentOnly } from '../../src/markdown/remark-content-only.ts';
import { bodyPlacesTable } from '../../src/lib/story-context.ts';

/** Runs a body through the site's check as the article page's render does, and reads the answer. */
async function placesTable(body: string): Promise<boolean> {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkContentOnly).use(remarkGfm);
  const file = new VFile({ path: 'story.mdx', value: body });
  await processor.run(processor.parse(file), file);
  return bodyPlacesTable((file.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter);
}

describe('bodyPlacesTable', () => {
  it('is true when the body places the component', async () => {
    expect(await placesTable('Text.\n\n<ModelTable />\n\nMore text.\n')).toBe(true);
    expect(await placesTable('<ModelTable/>')).toBe(true);
  });

  it('is false when the name is only written about: in inline code, a code block or a comment', async () => {
    expect(await placesTable('Place the data table with `<ModelTable />`.\n')).toBe(false);
    expect(await placesTable('Text.\n\n```mdx\n<ModelTable />\n```\n')).toBe(false);
    expect(await placesTable('Text.\n\n{/* write <ModelTable /> on a line of its own to place the table */}\n')).toBe(false);
    expect(await placesTable('Text.\n\n<Takeaway>\nThe point.\n</Takeaway>\n')).toBe(false);
    expect(await placesTable('no table')).toBe(false);
  });
});
