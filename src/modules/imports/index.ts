export { importRoutes, type ImportRoutesDeps } from './imports.routes.js';
export { ImportApplier } from './import-applier.js';
export { previewImport, type PreviewInput } from './preview-import.js';
export { claimImport, applyImport, applyImportChunk, APPLY_LEASE_MS, type ApplyDeps } from './apply-import.js';
export { listRows as importRows, deleteRun as forgetImport, findRun as findImport, type ImportRunRecord, type ImportRowRecord } from './imports.repository.js';
export { errorsCsv } from './errors-csv.js';
export { presentRun } from './present-run.js';
export { KINDS, FORMATS, FORMAT_NAMES, isKind, isFormat, type ImportKind, type ImportFormat } from './import-kinds.js';
export { type ImportTables } from './imports.tables.js';
