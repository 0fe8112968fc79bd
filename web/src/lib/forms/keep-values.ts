import type { SubmitFunction } from '@sveltejs/kit';

/**
 * For `use:enhance` on a form whose fields show what is saved: after a successful save the
 * fields are not reset, since a reset would empty every field whose saved value did not change.
 */
export const keepValues: SubmitFunction =
	() =>
	({ update }) =>
		update({ reset: false });
