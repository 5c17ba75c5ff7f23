export { LOG_LEVELS, createLogger, silentLogger } from './create-logger';
export type { LogLevel, Logger, LoggerOptions } from './create-logger';
