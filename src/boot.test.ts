import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { jobHandlers } from './boot';
import type { AppContext } from './core/context';
import { defineModule } from './core/module';
import { MODULES } from './modules';

describe('the modules’ background jobs', () => {
  it('get their payload checked against the job’s schema before they run', async () => {
    const seen: string[] = [];
    const module = defineModule({
      name: 'test',
      jobs: [
        {
          kind: 'test.greet',
          payload: z.object({ name: z.string() }),
          run: async (_ctx, _tx, { name }) => void seen.push(name),
        },
      ],
    });
    const handlers = jobHandlers({} as AppContext, [module]);
    await handlers['test.greet']?.({} as never, { name: 'Jan' });
    await expect(handlers['test.greet']?.({} as never, { naam: 'Jan' })).rejects.toThrowError();
    expect(seen).toEqual(['Jan']);
  });

  it('include the follow-up mail of the marketplace', () => {
    expect(Object.keys(jobHandlers({} as AppContext, MODULES))).toContain('marketplace.follow-up');
  });
});
