# feedwright: build with the dev toolchain, run on a slim image with production dependencies only.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY scripts ./scripts
RUN npm ci --ignore-scripts && npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim
ENV NODE_ENV=production \
    PORT=8080 \
    HOST=0.0.0.0 \
    FEEDWRIGHT_STORE=/data/store \
    FEEDWRIGHT_SOURCES=/data/feeds
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY migrations ./migrations
COPY package.json ./
# The built-in taxonomy, where the package looks for it: a mounted sources folder without its
# own taxonomy.yaml falls back to this one.
COPY feeds/taxonomy.yaml ./feeds/taxonomy.yaml
COPY feeds /data/feeds
RUN mkdir -p /data/store && chown -R node:node /data
USER node
EXPOSE 8080
VOLUME ["/data/store"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/cli/main.js", "serve"]
