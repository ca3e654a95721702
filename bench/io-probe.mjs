// Preloaded (node --import) by bench/shard-io.ts: appends this process's /proc/self/io read and write
// byte counts (rchar, wchar: every byte through read/write calls, files and pipes alike) to
// $IO_PROBE_OUT when the process exits. Worker threads are threads of the same process, so they count.
import { appendFileSync, readFileSync } from 'node:fs';

process.on('exit', () => {
  const io = readFileSync('/proc/self/io', 'utf8');
  const get = (k) => Number(new RegExp(`${k}: (\\d+)`).exec(io)[1]);
  appendFileSync(process.env.IO_PROBE_OUT, `${JSON.stringify({ rchar: get('rchar'), wchar: get('wchar') })}\n`);
});
