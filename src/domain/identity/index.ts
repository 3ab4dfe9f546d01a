export * from './kk';
export * from './mask';
export * from './nik';
export * from './phone';
