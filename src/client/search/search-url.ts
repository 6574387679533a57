/** Where a search lives in the URL, so results can be shared and the back button works. */
import type { SearchRequest } from './engine.ts';

/** The search page's address for a request, as shared and kept in history: `?q=…&all=1&sort=newest&tag=…`. */
export function searchUrl(pathname: string, request: SearchRequest): string {
  const params = new URLSearchParams();
  if (request.query.trim()) params.set('q', request.query.trim());
  if (request.both) params.set('all', '1');
  if (request.sort === 'newest') params.set('sort', 'newest');
  for (const [name, values] of Object.entries(request.filters)) for (const v of values) params.append(name, v);
  const query = params.toString();
  return `${pathname}${query ? `?${query}` : ''}`;
}
