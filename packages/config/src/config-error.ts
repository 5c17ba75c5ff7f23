import { AppError, type FieldIssue } from '@jisr/errors';

/**
 * The environment did not satisfy a service's config schema. The message is one line naming every
 * bad variable, so a failed start-up says exactly what to fix.
 */
export class ConfigError extends AppError {
  constructor(issues: readonly FieldIssue[]) {
    const listed = issues.map((issue) => `${issue.path} ${issue.message}`).join('; ');
    super('CONFIG.INVALID', `Invalid configuration: ${listed}`, { status: 500, errors: issues });
    this.name = 'ConfigError';
  }
}
