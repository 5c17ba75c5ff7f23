import { demoData } from '../seed/demo-data';
import { DEMO_SEED } from '../seed/demo-logins';
import { demoLogins } from '../seed/demo-summary';
import { seedDemo } from '../seed/seed-demo';
import { integerOption } from './arguments';
import { stringOption, type Command } from './command';

export const seedCommand: Command = {
  name: 'seed',
  usage: `seed [--seed ${DEMO_SEED}] [--council-email <email>] [--council-password <password>]`,
  summary: 'Load the demo data set (46 startups, 25 advisors, a programme) through the public APIs',
  options: {
    seed: { type: 'string' },
    'council-email': { type: 'string' },
    'council-password': { type: 'string' },
  },
  run: async (ctx) => {
    const data = demoData(integerOption(ctx, 'seed', DEMO_SEED, 0, 2 ** 31 - 1));
    const council = {
      email: stringOption(ctx.options, 'council-email') ?? ctx.config.JISR_COUNCIL_EMAIL,
      password: stringOption(ctx.options, 'council-password') ?? ctx.config.JISR_COUNCIL_PASSWORD,
    };
    const report = await seedDemo({ api: ctx.api, data, council, progress: ctx.progress });
    return {
      data: report,
      text: demoLogins({ ...data, council: { email: council.email, password: data.password } }),
    };
  },
};
