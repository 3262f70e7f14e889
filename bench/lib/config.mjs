// The bench config, in a module of its own: the server child imports only what the HTTP front
// process loads, not the ingest pipeline the fixture needs.
import path from 'node:path';
import { loadConfig } from '../../dist/config/index.js';

/** Config shared by the setup and the server child: silent logs, a fixed base URL. */
export function benchConfig(storeDir) {
  return loadConfig({
    FEEDWRIGHT_STORE: storeDir,
    FEEDWRIGHT_SOURCES: path.join(storeDir, 'no-sources'),
    LOG_LEVEL: 'silent',
    BASE_URL: 'http://127.0.0.1:8080',
  });
}
