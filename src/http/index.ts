export { createApp, type AppDeps } from './app.js';
export { listen, close } from './server.js';
