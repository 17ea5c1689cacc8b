const TOKEN_KEY = 'factdesk.token';

/**
 * Reads the per-run token from `?token=` (keeping it in sessionStorage so reloads work) and removes
 * it from the visible URL, so it does not end up in screenshots, bookmarks or shared links.
 */
export function readSessionToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    try {
      sessionStorage.setItem(TOKEN_KEY, fromUrl);
    } catch {
      // Storage can be disabled; the token still works for this page view.
    }
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}
