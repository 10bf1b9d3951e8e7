/**
 * The dialogs' operations, platform-neutral: the view of a page version, requesting suggestions
 * (idempotent; `force` recomputes, once per cool-down), and adding labels as the user. The Connect
 * service serves them as HTTP routes, the Forge app as resolvers; each supplies a page gateway, a
 * way to enqueue a job (references only) and the forced-recompute cool-down.
 */
import type { AddLabelsResult, SuggestionsView } from '../contract.js';
import type { SuggestJobData } from '../ports.js';
import type { PageGateway, PageRef } from '../pages/page-gateway.js';
import { buildSuggestionsView } from '../view/suggestions-view.js';

/** A page and the version the person is viewing (from the platform's verified context). */
export type ViewedPage = PageRef & { readonly version: number };

/** What the operations need; `Site` names a site on the platform (Connect tenant, Forge installation). */
export interface DialogOperationsDeps<Site> {
  readonly gateway: PageGateway<Site>;
  /** The site key jobs carry (Connect client key, Forge installation id). */
  readonly siteKey: (site: Site) => string;
  /**
   * Queues a suggestion job. `marked` is true when this request wrote the pending property (so no
   * other request queued a job for it): a queue that collapses duplicates by job id (Connect) may
   * ignore it; one that does not (Forge's async events) pushes only when it is true.
   */
  readonly enqueue: (data: SuggestJobData, how: { readonly marked: boolean }) => Promise<unknown>;
  /**
   * True when a forced recompute of this page may run now (and starts its cool-down); false inside
   * the cool-down, when a forced request is an ordinary one. `view` is the page's current view.
   */
  readonly claimForce: (site: Site, page: ViewedPage, view: SuggestionsView) => Promise<boolean>;
}

/** What `requestSuggestions` answers: the view, and whether a job was queued (HTTP 202) or not (200). */
export interface RequestOutcome {
  readonly view: SuggestionsView;
  readonly queued: boolean;
}

/** The operations for one platform. */
export interface DialogOperations<Site> {
  getSuggestions(site: Site, page: ViewedPage): Promise<SuggestionsView>;
  requestSuggestions(site: Site, page: ViewedPage, options: { readonly force?: boolean }): Promise<RequestOutcome>;
  getLabels(site: Site, page: PageRef): Promise<readonly string[]>;
  addLabels(site: Site, accountId: string, page: PageRef, labels: readonly string[]): Promise<AddLabelsResult>;
}

/** Creates the operations. */
export function createDialogOperations<Site>(deps: DialogOperationsDeps<Site>): DialogOperations<Site> {
  const { gateway } = deps;
  const getSuggestions = async (site: Site, page: ViewedPage): Promise<SuggestionsView> => {
    const [latestVersion, labels, stored] = await Promise.all([gateway.latestVersion(site, page), gateway.labels(site, page), gateway.readSuggestions(site, page)]);
    return buildSuggestionsView({ pageId: page.id, version: page.version, latestVersion, labels, stored });
  };

  return {
    getSuggestions,
    /**
     * Writes a `pending` property first (so every process and every viewer sees it), then enqueues a
     * job carrying only references. Concurrent requests for one version all succeed and queue one job.
     */
    async requestSuggestions(site, page, options) {
      const view = await getSuggestions(site, page);
      if (view.status === 'outdated') return { view, queued: false };
      const force = options.force === true && (await deps.claimForce(site, page, view));
      if (view.status === 'ready' && !force) return { view, queued: false };
      let marked = false;
      if (view.status !== 'pending' || force) {
        const outcome = await gateway.markPending(site, page, page.version, { force });
        if (outcome === 'done') return { view: await getSuggestions(site, page), queued: false };
        marked = outcome === 'marked';
      }
      const data: SuggestJobData = { clientKey: deps.siteKey(site), contentId: page.id, contentType: page.type, version: page.version, ...(force ? { force: true } : {}) };
      await deps.enqueue(data, { marked });
      return { view: { status: 'pending', page: view.page, labels: view.labels }, queued: true };
    },
    getLabels: (site, page) => gateway.labels(site, page),
    addLabels: (site, accountId, page, labels) => addLabels(gateway, site, accountId, page, labels),
  };
}

/** Adds labels AS THE USER, so Confluence's own permissions decide; `added` are the ones not there before. */
export async function addLabels<Site>(gateway: PageGateway<Site>, site: Site, accountId: string, page: PageRef, labels: readonly string[]): Promise<AddLabelsResult> {
  const before = new Set(await gateway.labels(site, page));
  const after = await gateway.addLabelsAsUser(site, accountId, page, labels);
  return { added: labels.filter((label) => !before.has(label)), labels: [...after] };
}
