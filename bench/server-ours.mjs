// Child process: our Express app over the bench store, on 127.0.0.1 and a random port.
import { benchConfig } from './lib/fixture.mjs';
import { createLogger } from '../dist/log/index.js';
import { openStore } from '../dist/store/index.js';
import { createApp } from '../dist/http/app.js';
import { listen } from '../dist/http/server.js';

const storeDir = process.env.BENCH_STORE_DIR;
if (!storeDir) throw new Error('BENCH_STORE_DIR is not set');
const config = benchConfig(storeDir);
const store = await openStore({ dir: storeDir, retention: config.retention });
const app = createApp({ config, store, sources: [], logger: createLogger('silent') });
const server = await listen(app, 0, '127.0.0.1');
// The parent going away (normally or not) ends this process too.
process.on('disconnect', () => process.exit(0));
process.send({ port: server.address().port });
