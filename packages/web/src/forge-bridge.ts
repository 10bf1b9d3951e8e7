/**
 * The real `@forge/bridge` as the `ForgeBridge` the Forge host adapter uses. Importing it needs
 * Atlassian's `globalThis.__bridge` (the Custom UI iframe has it; tests provide a stand-in).
 */
import { invoke, Modal, router, showFlag, view } from '@forge/bridge';
import type { ForgeBridge } from './forge-host.js';

/** The bridge of this Custom UI frame. */
export function realForgeBridge(): ForgeBridge {
  return {
    invoke: (functionKey, payload) => invoke(functionKey, payload),
    view: { getContext: () => view.getContext(), close: (payload) => view.close(payload) },
    router: { reload: () => router.reload() },
    showFlag: (options) => showFlag(options),
    openModal: (options) => new Modal(options).open(),
  };
}
