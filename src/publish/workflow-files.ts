// The runner's file commands: job summary and step outputs. @actions/core is loaded only when a
// runner asked for them, so a local CLI run does not pay for it.

export async function appendJobSummary(markdown: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  if (!env.GITHUB_STEP_SUMMARY) return false;
  const core = await import('@actions/core');
  await core.summary.addRaw(markdown, true).write();
  return true;
}

export async function setStepOutputs(
  outputs: Record<string, string>,
  env: NodeJS.ProcessEnv,
): Promise<boolean> {
  if (!env.GITHUB_OUTPUT) return false;
  const core = await import('@actions/core');
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
  return true;
}
