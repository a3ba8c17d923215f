/** A reader library that cannot be loaded fails that one file, with a Danish line, not the whole batch. */
import { describe, expect, it, vi } from 'vitest';
import path from 'node:path';
import { main, type CliIO } from '@/cli/main';

vi.mock('mammoth', () => {
  throw new Error('Cannot find package "mammoth"');
});

describe('a reader that fails to load', () => {
  it('reports the .docx as unreadable and checks the other files', async () => {
    const docs = path.resolve(__dirname, '../../fixtures/docs');
    let stdout = '';
    let stderr = '';
    const io: CliIO = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), readStdin: async () => new Uint8Array(), color: false };
    const code = await main(['check', '--json', path.join(docs, 'minplan.docx'), path.join(docs, 'jobmaal.txt')], io);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).map((x: { file: string }) => path.basename(x.file))).toEqual(['jobmaal.txt']);
    expect(stderr).toMatch(/^jobrettet: Filen ".*minplan\.docx" kan ikke læses \(.+\)\.\n$/);
  });
});
