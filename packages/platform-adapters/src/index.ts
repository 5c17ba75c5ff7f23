export {
  openPlatformAdapters,
  type InjectedAdapters,
  type OpenPlatformAdaptersOptions,
  type PlatformAdapters,
} from './open-platform-adapters';
export { platformEnvShape, requirePlatformUrls, type PlatformConfig } from './platform-env';
export { adapterReadiness, type InjectedServiceDeps, type RuntimeInput } from './service-parts';
export { startPeriodicPasses, type PeriodicPasses, type PeriodicPassesOptions } from './periodic-passes';
