import { z } from 'zod';

export const markReadSchema = z.object({
	id: z.coerce.number().int().positive('form.invalid')
});
