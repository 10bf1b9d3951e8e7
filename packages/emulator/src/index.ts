/** @module @labelup/emulator — a faithful local Confluence Cloud for tests and the demo. */
export * from './state/index.js';
export { createEmulator, type Emulator, type EmulatorOptions } from './app.js';
export { mintContextToken, CONTEXT_TOKEN_SECONDS, type ContextTokenInput } from './connect/context-token.js';
export { validateDescriptor, type Descriptor } from './connect/descriptor.js';
export type { InstallKeys } from './connect/install-keys.js';
export type { Fault } from './limits/faults.js';
export type { Quota } from './limits/quotas.js';
export { OAUTH_AUDIENCE } from './connect/oauth-token.js';
export { seedDemoSite, loadFixtures, DEMO_SITE_DIR, type SeedSummary } from './seed/index.js';
export { ForgeHost, FORGE_TIMEOUTS, type ForgeHostDeps, type ForgeInstallResult, type InstallForgeAppOptions, type FrameInput, type InvokeInput } from './forge/host.js';
export { loadForgeApp, DEFAULT_MEMORY_MB, type LoadForgeAppOptions } from './forge/manifest.js';
export { ForgeError } from './forge/errors.js';
export { QUEUE_LIMITS } from './forge/queue.js';
export { IFRAME_SANDBOX } from './forge/resources.js';
export { scopesFor as forgeScopesFor } from './auth/forge-scopes.js';
export type { ForgeAppDefinition, ForgeInstallation, ForgeBylineItem, ForgeConsumer, ForgeTrigger, ForgeFunction, ForgeLicenseState } from './forge/types.js';
