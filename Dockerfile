# syntax=docker/dockerfile:1
# The Mentor Network as one image: build with dev dependencies, run without them, as a non-root user.
# docker build -t mentor-network .   (compose.yaml builds it for `docker compose up`)

# 1. Build: every dependency, then the web app (Vite → dist/web) and the server bundle (esbuild → dist/server).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# 2. Runtime dependencies only (no test tools, type definitions or linters). npm still installs dev
# dependencies that a runtime dependency names as an optional peer (vitest, drizzle-kit, typescript):
# the prune script removes them.
FROM node:24-bookworm-slim AS runtime-deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts/prune-dev-optional.mjs ./scripts/
RUN npm ci --omit=dev --no-audit --no-fund \
 && node scripts/prune-dev-optional.mjs \
 && npm cache clean --force

# 3. What runs: the bundles, the migrations applied at start, and the runtime dependencies, owned by
# root and read-only to the app's user. Only the embedded database's folder is writable.
FROM node:24-bookworm-slim
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0 \
    DATA_DIR=/app/data
WORKDIR /app
COPY package.json ./
COPY --from=runtime-deps /app/node_modules ./node_modules
COPY server/db/migrations ./server/db/migrations
COPY --from=build /app/dist ./dist
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3000
# /healthz answers while the process is up (the load balancer should use /readyz: database reachable and migrated).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The web process; run the mail worker apart with: node dist/server/worker.js (and RUN_WORKER=false here).
CMD ["node", "dist/server/server.js"]
