import * as v from 'valibot';
import { isDataDescriptor, isLoadProgress } from '../data/guards.ts';
import type { CellId } from './cellCatalog.ts';
import type { FitStart } from './fitPlan.ts';
import {
  CellOutputSchema,
  CellSnapshotSchema,
  FitRecordSchema,
  FitStartSchema,
  LiveSettingsSchema,
  SessionCellsSchema,
  SessionInfoSchema,
  SessionSnapshotSchema,
  TrainingProgressSchema,
} from './schemas.ts';
import type {
  CellOutput,
  CellSnapshot,
  FitRecord,
  LiveSettings,
  SessionInfo,
  SessionSnapshot,
  TrainingProgress,
} from './types.ts';

/**
 * Deep checks of the session's data where it crosses a boundary (IndexedDB, other windows):
 * one guard per type, each a thin wrapper over its schema (schemas.ts), used where a caller
 * wants a yes/no (the store and the bus protocol parse with the schemas themselves).
 */

export { isDataDescriptor, isLoadProgress };

export const isCellOutput = (x: unknown): x is CellOutput => v.is(CellOutputSchema, x);
export const isFitRecord = (x: unknown): x is FitRecord => v.is(FitRecordSchema, x);
export const isCellSnapshot = (x: unknown): x is CellSnapshot => v.is(CellSnapshotSchema, x);
export const isLiveSettings = (x: unknown): x is LiveSettings => v.is(LiveSettingsSchema, x);
export const isFitStart = (x: unknown): x is FitStart => v.is(FitStartSchema, x);
export const isTrainingProgress = (x: unknown): x is TrainingProgress =>
  v.is(TrainingProgressSchema, x);
export const isSessionInfo = (x: unknown): x is SessionInfo => v.is(SessionInfoSchema, x);

/** Every key a cell id naming its own cell (a mirror merges them into its cells). */
export const isSessionCells = (x: unknown): x is Partial<Record<CellId, CellSnapshot>> =>
  v.is(SessionCellsSchema, x);

export const isSessionSnapshot = (x: unknown): x is SessionSnapshot =>
  v.is(SessionSnapshotSchema, x);
