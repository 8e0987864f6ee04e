/**
 * Runs a command and measures it: wall time, peak resident memory of the whole process tree (VmRSS of the process
 * and all its descendants read from /proc every 100 ms, summed, maximum kept), CPU time of the tree, and every
 * output line with the time it arrived (for phase timings).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Line {
  /** Milliseconds since the command started. */
  at: number;
  text: string;
}

export interface Measured {
  code: number | null;
  signal: string | null;
  wallMs: number;
  /** Max over samples of the summed VmRSS of the tree, in bytes. */
  peakRss: number;
  /** User + system CPU time of the whole tree, in ms. */
  cpuMs: number;
  /** Processes seen in the tree. */
  processes: number;
  /** Killed (with its whole process group) after `timeoutMs`. */
  timedOut: boolean;
  lines: Line[];
}

const TICK_MS = 10; // /proc/<pid>/stat counts CPU time in clock ticks of 10 ms (USER_HZ = 100 on Linux).

function children(pid: number): number[] {
  const out: number[] = [];
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const t of tasks) {
    try {
      for (const c of readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').split(' ')) if (c.trim()) out.push(Number(c));
    } catch {
      // the task ended between the two reads
    }
  }
  return out;
}

function tree(root: number): number[] {
  const seen: number[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    seen.push(pid);
    stack.push(...children(pid));
  }
  return seen;
}

function rssOf(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function cpuOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the command name: state is field 3; utime and stime are fields 14 and 15 (1-based in proc(5)).
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return undefined;
  }
}

/** CPU time of this process's reaped children (cutime + cstime), in ms: exact once the measured command has exited. */
function reapedChildrenCpu(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) * TICK_MS;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

export function measure(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; echo?: boolean; timeoutMs?: number | undefined },
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const cpuBefore = reapedChildrenCpu();
    // Its own process group, so that a timeout (or Ctrl-C of the benchmark) stops the whole tree, Pagefind included.
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const killTree = () => {
      if (child.pid !== undefined && child.exitCode === null) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    };
    let timedOut = false;
    const deadline =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            killTree();
          }, options.timeoutMs);
    const onSignal = () => {
      killTree();
      process.stderr.write(`\ninterrompu : ${command} ${args.join(' ')} arrêté (le dossier temporaire reste à supprimer)\n`);
      process.exit(130);
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const lines: Line[] = [];
    const cpu = new Map<number, number>();
    let peakRss = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      let sum = 0;
      for (const pid of tree(child.pid)) {
        sum += rssOf(pid);
        const c = cpuOf(pid);
        if (c !== undefined) cpu.set(pid, c);
      }
      peakRss = Math.max(peakRss, sum);
    };
    const timer = setInterval(sample, 100);
    const reader = (stream: NodeJS.ReadableStream) => {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const at = performance.now() - started;
        const parts = (rest + chunk).split('\n');
        rest = parts.pop() ?? '';
        for (const p of parts) {
          const text = p.replace(ANSI, '');
          lines.push({ at, text });
          if (options.echo) process.stderr.write(`  │ ${text}\n`);
        }
      });
      stream.on('end', () => {
        if (rest) lines.push({ at: performance.now() - started, text: rest.replace(ANSI, '') });
      });
    };
    reader(child.stdout);
    reader(child.stderr);
    sample();
    const done = () => {
      clearInterval(timer);
      clearTimeout(deadline);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    };
    child.on('error', (e) => {
      done();
      reject(e);
    });
    child.on('close', (code, signal) => {
      done();
      resolve({
        code,
        signal,
        wallMs: performance.now() - started,
        peakRss,
        // Reaped-children accounting when it is available (exact); the sampled sum otherwise (misses the last 100 ms).
        cpuMs: Math.max(
          reapedChildrenCpu() - cpuBefore,
          [...cpu.values()].reduce((a, b) => a + b, 0),
        ),
        processes: cpu.size,
        timedOut,
        lines,
      });
    });
  });
}
