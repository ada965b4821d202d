// The CLI in a worker thread, for the fuzz suite: the same `run` that bin/buig.js calls (the
// build in dist/), one case at a time. In a worker a case that hangs can be stopped: the suite
// terminates the worker after its time limit and reports the case.
import { parentPort } from 'node:worker_threads';
import { run } from '../../dist/buig.js';

parentPort.on('message', async ({ id, argv, cwd }) => {
  let stdout = '';
  let stderr = '';
  try {
    const io = { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, env: {}, stdoutIsTTY: false, stderrIsTTY: false };
    const code = await run(argv, io);
    parentPort.postMessage({ id, code, stdout, stderr });
  } catch (e) {
    parentPort.postMessage({ id, thrown: String((e && e.stack) || e) });
  }
});
