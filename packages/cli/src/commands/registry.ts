import { pauseCommand, profileCommand, resumeCommand, signupCommand } from './account.commands';
import { approvalsCommand } from './approvals.command';
import type { Command } from './command';
import { auditCommand, staffCommand } from './governance.commands';
import { answerCommand, askCommand, completeCommand, withdrawCommand } from './follow-up.commands';
import { notificationsCommand } from './notifications.command';
import {
  acceptCommand,
  declineCommand,
  inboxCommand,
  requestCommand,
  requestsCommand,
} from './introductions.commands';
import { matchesCommand } from './matches.command';
import { milestonesCommand } from './milestones.command';
import { outcomesCommand } from './outcomes.command';
import { trainingCommand } from './training.command';
import { availabilityCommand, bookCommand, meetingsCommand, slotsCommand } from './meetings.commands';
import { passwordCommand, verifyCommand } from './password.commands';
import { pipelineCommand } from './pipeline.command';
import { roundCommand } from './round.command';
import { seedCommand } from './seed.command';
import { loginCommand, logoutCommand, whoamiCommand } from './session.commands';
import { messagesCommand, sendCommand, threadsCommand } from './threads.commands';

/** Every command, in the order `jisr help` lists them (the order of the story they tell). */
export const COMMANDS: readonly Command[] = [
  signupCommand,
  loginCommand,
  verifyCommand,
  whoamiCommand,
  passwordCommand,
  profileCommand,
  matchesCommand,
  requestCommand,
  requestsCommand,
  withdrawCommand,
  inboxCommand,
  askCommand,
  answerCommand,
  acceptCommand,
  declineCommand,
  threadsCommand,
  sendCommand,
  messagesCommand,
  availabilityCommand,
  slotsCommand,
  bookCommand,
  meetingsCommand,
  completeCommand,
  notificationsCommand,
  trainingCommand,
  milestonesCommand,
  outcomesCommand,
  pauseCommand,
  resumeCommand,
  pipelineCommand,
  roundCommand,
  approvalsCommand,
  staffCommand,
  auditCommand,
  seedCommand,
  logoutCommand,
];

export const GLOBAL_OPTIONS = {
  json: { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function helpText(command?: Command): string {
  if (command !== undefined)
    return [
      `jisr ${command.usage}`,
      '',
      command.summary,
      '',
      ...(command.details === undefined ? [] : [command.details(), '']),
      'Every command takes --json and --lang ar|tr|en.',
    ].join('\n');
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'jisr — the Jisr command line (Libyan startups × Turkish-Libyan Business Council advisors)',
    '',
    'Usage: jisr <command> [options]   (npx jisr … or npm run cli -- …)',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options for every command: --json (machine-readable output), --lang ar|tr|en, --help.',
    'Environment: JISR_HOME, JISR_PROFILE_URL, JISR_MATCHING_URL, JISR_MESSAGING_URL, JISR_LANG.',
  ].join('\n');
}
