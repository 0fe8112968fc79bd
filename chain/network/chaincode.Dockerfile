# Chaincode as a service. The build context is the folder `npm run chain:build` writes
# (build/chaincode), which already holds the compiled JavaScript and its own package.json.
FROM node:20-alpine
WORKDIR /usr/src/chaincode
COPY package.json ./
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force
COPY lib ./lib
ENV CHAINCODE_SERVER_ADDRESS=0.0.0.0:9999
EXPOSE 9999
USER node
# CHAINCODE_ID (the package id from `peer lifecycle chaincode calculatepackageid`) is set by compose.
CMD ["npm", "run", "start:server"]
