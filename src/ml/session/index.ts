export * from './busProtocol.ts';
export * from './cellCatalog.ts';
export type { SessionDeps, SessionStore, TrainCallbacks, Trainer, TrainJob } from './deps.ts';
export { createSession, type LiveSession, type SessionOptions } from './session.ts';
export { liveSettingsFromQuery, settingsKey, TEST_EPOCHS, TEST_SUBSET } from './settings.ts';
export type { PersistedSession } from './store.ts';
export * from './types.ts';
