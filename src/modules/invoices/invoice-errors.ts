/** The invoices module's error codes. */
import { AppError } from '../../platform/errors.js';

export const badPeriod = () => new AppError('bad_period', 'The period ends before it starts, or spans more than a year', { status: 422, field: '/to' });
export const unknownClient = () => new AppError('unknown_client', 'There is no such client', { status: 422, field: '/organizationId' });
export const runNotDraft = () => new AppError('not_draft', 'Only a draft run can be approved or discarded', { status: 409 });
export const runNotApproved = () => new AppError('not_approved', 'The run must be approved before it is sent or exported', { status: 409 });
export const runConflict = () => new AppError('version_conflict', 'The run changed since it was read; reload and try again', { status: 409, field: '/version' });
export const alreadyBilled = () => new AppError('already_invoiced', 'Some of this draft was billed on another invoice since it was made; discard it and start a new run', { status: 409 });
export const draftStale = () => new AppError('draft_stale', 'Time on this draft changed since it was made; discard it and start a new run', { status: 409 });
