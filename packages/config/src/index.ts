export { ConfigError } from './config-error';
export { loadConfig, loadConfigOrExit } from './load-config';
export { boolVar, listVar, portVar, urlVar } from './variables';
