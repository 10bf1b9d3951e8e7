/**
 * The dialogs' state hook: reads the status of suggestions for the context page, asks for them when
 * there are none, and follows the event stream so that the person never has to poll; `refresh`
 * re-reads (or, forced, recomputes), `addLabels` applies a pick.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AddLabelsResult } from '../../core/src/contract.js';
import { ApiError } from './api-error.js';
import type { ApiClient } from './api-client.js';
import { needsRequest, stateOfView, type DialogState } from './suggestions-state.js';

/** What `useSuggestions` returns. */
export interface SuggestionsHook {
  readonly state: DialogState;
  /** Re-reads the status; `force` recomputes the suggestions. */
  refresh(force?: boolean): void;
  /** Adds labels to the page; rejects with ApiError. */
  addLabels(labels: readonly string[]): Promise<AddLabelsResult>;
}

/** Follows the suggestions of the dialog's page. */
export function useSuggestions(api: ApiClient): SuggestionsHook {
  const [state, setState] = useState<DialogState>({ kind: 'loading' });
  const generation = useRef(0);

  const load = useCallback(async (force: boolean) => {
    const mine = ++generation.current;
    const apply = (next: DialogState) => { if (mine === generation.current) setState(next); };
    try {
      let view = force ? await api.requestSuggestions({ force: true }) : await api.getSuggestions();
      if (needsRequest(view)) view = await api.requestSuggestions({});
      apply(stateOfView(view));
    } catch (error) {
      apply({ kind: 'error', code: error instanceof ApiError ? error.code : 'network' });
    }
  }, [api]);

  useEffect(() => {
    const controller = new AbortController();
    let opened = false;
    void api.events((event) => {
      if (event.type === 'suggestions-ready' || event.type === 'suggestions-failed') void load(false);
    }, {
      signal: controller.signal,
      // After a reconnect, re-read: an event may have been missed while the stream was down.
      onConnection: (open) => {
        if (open && opened) void load(false);
        if (open) opened = true;
      },
    });
    void load(false);
    return () => controller.abort();
  }, [api, load]);

  const refresh = useCallback((force = false) => {
    setState((current) => (force ? { kind: 'pending' } : current.kind === 'error' ? { kind: 'loading' } : current));
    void load(force);
  }, [load]);

  const addLabels = useCallback((labels: readonly string[]) => api.addLabels({ labels }), [api]);

  return { state, refresh, addLabels };
}
