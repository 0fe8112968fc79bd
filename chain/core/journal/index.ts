/** The verifiable journal: pure, dependency-light, shared by server, browser and chaincode. */
export * from './block';
export * from './bytes';
export * from './canonical';
export * from './chain';
export * from './hash';
export * from './merkle';
export * from './receipt';
export * from './record';
export * from './signature';
