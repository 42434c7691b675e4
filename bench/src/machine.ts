import fs from 'node:fs';
import os from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
  /** Load average when the run started: the machine is shared, so this says how busy it was. */
  loadAverage: string;
}

function read(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

export function describeMachine(): Machine {
  const cpuinfo = read('/proc/cpuinfo');
  const model =
    /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ??
    os.cpus()[0]?.model ??
    'unknown';
  const release = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(read('/etc/os-release'));
  return {
    cpu: model,
    cores: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${release?.[1] ?? os.type()} (kernel ${os.release()}, ${os.arch()})`,
    loadAverage: os
      .loadavg()
      .map(l => l.toFixed(2))
      .join(' / '),
  };
}
