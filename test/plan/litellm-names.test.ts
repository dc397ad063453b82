import { describe, expect, it } from 'vitest';
import { planFromText } from '../../src/plan/load.js';

// Route names of a LiteLLM config, as the README's LiteLLM table documents them.

function names(text: string): string[] {
  return planFromText('config.yaml', text, { format: 'litellm' }).routes.map((r) => r.name);
}

const deployment = (name: string, id?: string) =>
  `  - model_name: ${name}\n    litellm_params: { model: openai/${name}, api_key: os.environ/K }\n${id ? `    model_info: { id: ${id} }\n` : ''}`;

describe('LiteLLM route names', () => {
  it('are model_info.id when given', () => {
    expect(
      names(`model_list:\n${deployment('gpt-4o', 'east')}${deployment('gpt-4o', 'west')}`),
    ).toEqual(['east', 'west']);
  });

  it('are the model_name alone, or name#1, name#2 … in a group of several without ids', () => {
    expect(
      names(`model_list:\n${deployment('gpt-4o')}${deployment('gpt-4o')}${deployment('claude')}`),
    ).toEqual(['gpt-4o#1', 'gpt-4o#2', 'claude']);
  });
});
