// Lets Node run the TypeScript sources directly (Node strips the types): a relative import of
// `./x.js` resolves to `./x.ts` when only the TypeScript file exists.
import { existsSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (
      (specifier.startsWith('.') || specifier.startsWith('/')) &&
      specifier.endsWith('.js') &&
      context.parentURL
    ) {
      const candidate = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
      if (existsSync(fileURLToPath(candidate))) return nextResolve(candidate.href, context);
    }
    return nextResolve(specifier, context);
  },
});
