# One image for every service; SERVICE picks which one runs (profile | matching | messaging | web).
# syntax=docker/dockerfile:1
FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 builds from source when no prebuilt binary can be fetched.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json tsconfig.json tsconfig.base.json ./
COPY packages packages
COPY services services
# The embedded runner is a workspace too: npm ci and tsc -b (root references) need it to exist.
COPY deploy/embedded deploy/embedded
# The web app's browser bundle is built here too (vite is a dev dependency, pruned after).
RUN npm ci --no-audit --no-fund && npm run build && npm run build:client -w @jisr/web && npm prune --omit=dev

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules node_modules
COPY --from=build --chown=node:node /app/packages packages
COPY --from=build --chown=node:node /app/services services
USER node
ARG SERVICE=profile
ENV SERVICE=${SERVICE}
# The port each service listens on is set by its own variable (PROFILE_PORT, MATCHING_PORT, MESSAGING_PORT, WEB_PORT).
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD node -e "const p={profile:process.env.PROFILE_PORT,matching:process.env.MATCHING_PORT,messaging:process.env.MESSAGING_PORT,web:process.env.WEB_PORT}[process.env.SERVICE];fetch('http://127.0.0.1:'+p+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["sh", "-c", "exec node services/${SERVICE}/dist/start.js"]
