import { useEffect, useState } from 'react';
import type { ArticleView, FactdeskClient } from '../../../shared/api';
import { errorMessage } from '../ui/errors';

export interface ArticleState {
  article: ArticleView | null;
  loading: boolean;
  error: string | null;
}

/**
 * Fetches the latest version of a source and re-fetches whenever `revision` changes (a `source`
 * event). The previous article stays on screen while the new one loads, so nothing jumps.
 */
export function useArticle(client: FactdeskClient, sourceId: string | null, revision: number): ArticleState {
  const [state, setState] = useState<ArticleState>({ article: null, loading: false, error: null });
  useEffect(() => {
    if (!sourceId) {
      setState({ article: null, loading: false, error: null });
      return;
    }
    let live = true;
    setState((s) => ({ article: s.article?.source.id === sourceId ? s.article : null, loading: true, error: null }));
    client.call('getArticle', { sourceId }).then(
      (article) => live && setState({ article, loading: false, error: null }),
      (error: unknown) => live && setState((s) => ({ ...s, loading: false, error: errorMessage(error) })),
    );
    return () => {
      live = false;
    };
  }, [client, sourceId, revision]);
  return state;
}
