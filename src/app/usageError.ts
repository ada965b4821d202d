/**
 * A mistake in how the run was asked for (a flag's value that the data shows to be wrong, such
 * as a --doel year outside the projection): the CLI prints it and exits 64. On its own, so that
 * the command line can know it without loading the pipeline.
 */
export class UsageError extends Error {}
