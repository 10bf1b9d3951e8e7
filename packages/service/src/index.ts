/**
 * @module @labelup/service — the Label UP! hosted app. `startService(config, options)` runs it;
 * `loadConfig()` reads its configuration from the environment. The rest is exported for tests,
 * the CLI and a future Forge adapter (everything Connect-specific lives in `connect/`).
 */
export { startService, stopOnSignals, DEFAULT_WEB_DIST_DIR, type StartOptions, type RunningService } from './server.js';
export { loadConfig, ConfigError, CONFIG_DEFAULTS, ENVIRONMENT_VARIABLES, type ServiceConfig, type LogLevel, type Role } from './config/index.js';
export { createHttpApp, type HttpAppDeps } from './http/create-app.js';
export { errorCatalog, AppError, toErrorResponse, type ErrorSpec } from './errors.js';
export { buildDescriptor, type DescriptorOptions } from './connect/descriptor.js';
export type * from '@labelup/core';
export type * from './core/ports.js';
