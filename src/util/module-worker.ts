import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread on a module of this project: `builtName` is its built JavaScript
 * beside the caller (`'./x.js'`), `callerUrl` the caller's `import.meta.url`. When the caller
 * itself runs from the TypeScript sources (tests, tsx), the worker loads the `.ts` module
 * through tsx, which only development installs have.
 */
export function startModuleWorker(callerUrl: string, builtName: string): Worker {
  if (!callerUrl.endsWith('.ts')) return new Worker(new URL(builtName, callerUrl));
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL(builtName.replace(/\.js$/, '.ts'), callerUrl).href;
  const boot = `import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(callerUrl)}))`;
  return new Worker(boot, { eval: true });
}
