# The app image: API + explorer, talking to the Neo4j service named by NEO4J_URI.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY . .
RUN npx vite build client
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
EXPOSE 4000
# node itself as PID 1, so docker stop's SIGTERM reaches the server's own shutdown (npx and tsx would sit in between).
CMD ["node", "--import", "tsx", "server/main.ts"]
