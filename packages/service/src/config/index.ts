/** Service configuration: one schema, read once. */
export { loadConfig, ConfigError, CONFIG_DEFAULTS, type ServiceConfig } from './config.js';
export { ENVIRONMENT_VARIABLES, type LogLevel, type Role } from './config-schema.js';
