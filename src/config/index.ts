export { loadConfig, USER_AGENT, type Config } from './env.js';
export {
  loadSources,
  parseSourceFile,
  DEFAULT_SCHEDULE,
  type SourceDef,
  type SourceKind,
} from './sources.js';
