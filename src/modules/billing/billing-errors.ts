/** The billing module's error codes. */
import { AppError, forbidden } from '../../platform/errors.js';

export const termsConflict = () => new AppError('version_conflict', 'The billing terms changed since they were read; reload and try again', { status: 409, field: '/version' });
export const unknownSite = (field: string) => new AppError('unknown_site', 'The site is not one of this client’s', { status: 422, field });
export const unknownWorkType = (field: string) => new AppError('unknown_work_type', 'The work type is not one of the contract’s work types', { status: 422, field });
export const duplicateWorkType = (field: string) => new AppError('duplicate_work_type', 'Each work type key may appear once', { status: 422, field });
export const duplicateRoleRate = (field: string) => new AppError('duplicate_role_rate', 'Each role has one rate per work type, and one for any work', { status: 422, field });
export const missingBlock = () => new AppError('block_required', 'Block-hours terms need the block: minutes per month and the rollover rule', { status: 422, field: '/block' });
export const missingCap = () => new AppError('rollover_cap_required', 'A capped rollover needs its cap in minutes', { status: 422, field: '/block/rolloverCapMinutes' });
export const timerRunning = () => new AppError('timer_running', 'You already have a timer running; stop it first', { status: 409 });
export const noTimer = () => new AppError('no_timer', 'You have no timer running on this ticket', { status: 409 });
export const inTheFuture = (field: string) => new AppError('in_the_future', 'Time cannot be logged for work that has not started yet', { status: 422, field });
export const unknownUser = (field: string) => new AppError('unknown_user', 'There is no active staff member with this id', { status: 422, field });
export const waiveReasonRequired = () => new AppError('reason_required', 'Waiving time as goodwill needs a reason', { status: 422, field: '/reason' });
export const alreadyInvoiced = (field?: string) => new AppError('already_invoiced', 'The time entry is on an invoice and can no longer change', { status: 409, field });
export const entryConflict = () => new AppError('version_conflict', 'The time entry changed since it was read; reload and try again', { status: 409, field: '/version' });
export const notWaiver = () => forbidden('Only the client’s account manager, an owner or an admin waives time as goodwill');
export const approvalNotRequired = () => new AppError('approval_not_required', 'The client’s contract does not ask for approval of chargeable work', { status: 409 });
export const approvalNotNeeded = (reason: string) => new AppError('approval_not_needed', `The work is covered by the contract (${reason}); it needs no approval`, { status: 409, field: '/workType' });
export const approvalAlreadyPending = () => new AppError('approval_pending', 'A request for approval is already waiting for the client', { status: 409 });
export const approvalAnswered = () => new AppError('already_answered', 'The request was answered already', { status: 409 });
/** Chargeable time on a ticket whose contract needs the client's approval, which it does not have. */
export const chargeableRefused = (code: 'approval_required' | 'approval_pending' | 'approval_declined') =>
  new AppError(code, code === 'approval_required' ? 'Chargeable work on this client’s contract needs the client’s approval first: request it on the ticket' : code === 'approval_pending' ? 'The client has not answered the request for approval yet' : 'The client declined the chargeable work', { status: 409 });
