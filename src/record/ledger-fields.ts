import { z } from 'zod';

// Field types the ledger's schema files share.

export const count = z.int().nonnegative();
export const nullableText = z.string().nullable();
