// Every table of every module, for Drizzle's client and drizzle-kit's migration generator.

export * from '../http/limits/tables';
export * from '../modules/audit/tables';
export * from '../modules/auth/tables';
export * from '../modules/case-handling/tables';
export * from '../modules/cases/tables';
export * from '../modules/catalogue/tables';
export * from '../modules/dashboard/tables';
export * from '../modules/letters/tables';
export * from '../modules/notifications/tables';
export * from '../modules/offices/tables';
export * from '../modules/ppks-register/tables';
export * from '../modules/privacy/tables';
export * from '../modules/regions/tables';
export * from '../modules/registry/tables';
export * from '../modules/survey/tables';
export * from '../modules/system/secrets';
