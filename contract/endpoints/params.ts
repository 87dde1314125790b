import { z } from 'zod';
import { rawLineText } from '../text';

/** Path parameters several endpoints share. */
export const IdParams = z.object({ id: z.uuid() });
export const UsernameParams = z.object({ username: rawLineText().max(30) });
