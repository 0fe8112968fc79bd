import { z } from 'zod';
import { LOCALES } from '$lib/i18n';

/** A checkbox sends `on` when ticked and nothing when not. */
const checkbox = z
	.literal('on')
	.optional()
	.transform((value) => value === 'on');

/** Where to go back to after saving: the header's switches send the page they were on. */
const redirectTo = z.string().max(1000).optional();

export const languageSchema = z.object({
	locale: z.enum(LOCALES, { error: 'form.invalid' }),
	redirectTo
});

export const displaySchema = z.object({
	largeText: checkbox,
	highContrast: checkbox,
	redirectTo
});
