/**
 * The explorer's URLs: every page has its own path, so a link can be shared and back/forward work.
 *   /                    search (?q=...)
 *   /van-ban/<id>        a document (global id or key; ?cap= diagram depth)
 *   /nhiem-vu/<id>       a task
 *   /co-quan/<id>        a body (?o=cell-or-list filter)
 * History API only: the server answers every one of these paths with the same page.
 */
import { useEffect, useState, type AnchorHTMLAttributes, type MouseEvent } from 'react';

export type Route =
  | { page: 'search'; query: string }
  | { page: 'document'; id: string; params: URLSearchParams }
  | { page: 'task'; id: string }
  | { page: 'body'; id: string; params: URLSearchParams }
  | { page: 'notFound'; path: string };

const PREFIXES = { document: '/van-ban/', task: '/nhiem-vu/', body: '/co-quan/' } as const;

export const searchPath = (query: string) => (query.trim() ? `/?q=${encodeURIComponent(query.trim())}` : '/');
export const documentPath = (id: string) => `${PREFIXES.document}${encodeURIComponent(id)}`;
export const taskPath = (id: string) => `${PREFIXES.task}${encodeURIComponent(id)}`;
export const bodyPath = (id: string, params?: Record<string, string>) => {
  const query = params ? new URLSearchParams(params).toString() : '';
  return `${PREFIXES.body}${encodeURIComponent(id)}${query ? `?${query}` : ''}`;
};

export function parseRoute(location: Pick<Location, 'pathname' | 'search'>): Route {
  const { pathname, search } = location;
  const params = new URLSearchParams(search);
  if (pathname === '/' || pathname === '') return { page: 'search', query: params.get('q') ?? '' };
  for (const [page, prefix] of Object.entries(PREFIXES) as [keyof typeof PREFIXES, string][]) {
    if (pathname.startsWith(prefix) && pathname.length > prefix.length) {
      const id = decodeURIComponent(pathname.slice(prefix.length));
      return page === 'task' ? { page, id } : { page, id, params };
    }
  }
  return { page: 'notFound', path: pathname };
}

const listeners = new Set<() => void>();

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  listeners.forEach((listener) => listener());
  if (!options.replace) window.scrollTo(0, 0);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location));
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return route;
}

/** An <a> that moves within the app without reloading; a middle or modified click opens a new tab as usual. */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={follow} {...rest} />;
}
