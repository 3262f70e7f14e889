// Child process: our HTTP front over the bench store, on 127.0.0.1 and a random port — built as
// `feedwright serve` builds its front process (feed cache shared with the WebSub hub; the ingest
// pipeline runs in a process of its own there, so it is not loaded here either).
import { benchConfig } from './lib/config.mjs';
import { createLogger } from '../dist/log/index.js';
import { openStore } from '../dist/store/index.js';
import { createApp } from '../dist/http/app.js';
import { FeedCache } from '../dist/http/feed-cache.js';
import { listen } from '../dist/http/server.js';
import { WebSubHub } from '../dist/websub/index.js';
import { Metrics } from '../dist/http/metrics.js';

const storeDir = process.env.BENCH_STORE_DIR;
if (!storeDir) throw new Error('BENCH_STORE_DIR is not set');
const config = benchConfig(storeDir);
const logger = createLogger('silent');
const metrics = new Metrics();
// BENCH_DATABASE_URL: the same store copied to PostgreSQL.
const databaseUrl = process.env.BENCH_DATABASE_URL || null;
const store = await openStore({
  dir: storeDir,
  databaseUrl,
  retention: config.retention,
  observer: metrics.store,
});
const sources = [];
const cache = new FeedCache(store, config, sources, (seconds) => metrics.rendered(seconds));
const websub = await WebSubHub.open({ config, store, sources, logger, cache });
const app = createApp({ config, store, sources, logger, websub, cache, metrics });
const server = await listen(app, 0, '127.0.0.1');
// The parent going away (normally or not) ends this process too.
process.on('disconnect', () => process.exit(0));
process.send({ port: server.address().port });
