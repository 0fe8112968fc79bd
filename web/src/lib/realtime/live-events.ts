/**
 * Event names of the live views, shared by the server that triggers them and the pages that
 * listen. Each carries only enough to say what changed; pages reload their own data, so the
 * server's access checks on that data stay the only ones.
 */

/** On `private-user-{id}`: a committed transfer moved one of the resident's balances. */
export const BALANCE_EVENT = 'balance';

/** On `presence-activity-{id}`: someone checked in or out of one of the activity's slots. */
export const ATTENDANCE_EVENT = 'attendance';
