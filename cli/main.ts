import { analyse } from '@/lib/analysis/analyse';

/** Skeleton: replaced by the real `jobrettet check` command. */
export async function main(argv: string[]): Promise<number> {
  process.stdout.write(JSON.stringify(analyse(argv.join(' '))) + '\n');
  return 0;
}
