// The one Clock port all services share; kept under this name so the domain's imports stay local.
export { systemClock, type Clock } from '@jisr/contracts';
