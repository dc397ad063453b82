import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  STATUS_CLASSES,
  STATUS_CLASS_TABLE,
  classifyHttpStatus,
  renderStatusClassTable,
} from '../../src/contract/status-class.js';

describe('the status class table', () => {
  it('is the table the README shows, row for row', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const from = readme.indexOf('<!-- status-class-table:start -->');
    const to = readme.indexOf('<!-- status-class-table:end -->');
    expect(from, 'README has the status-class-table markers').toBeGreaterThan(-1);
    // Compared cell by cell: prettier pads Markdown tables, the content must not differ.
    const rowsOf = (markdown: string) =>
      markdown
        .split('\n')
        .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
        .map((line) =>
          line
            .slice(1, -1)
            .split('|')
            .map((cell) => cell.trim()),
        );
    expect(
      rowsOf(readme.slice(from, to)),
      'README differs from STATUS_CLASS_TABLE: paste renderStatusClassTable() between the markers',
    ).toEqual(rowsOf(renderStatusClassTable()));
  });

  it('has unique rule ids and uses every class', () => {
    const ids = STATUS_CLASS_TABLE.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(STATUS_CLASS_TABLE.map((r) => r.statusClass))).toEqual(new Set(STATUS_CLASSES));
  });

  it.each([
    [408, 'retryable'],
    [429, 'retryable'],
    [500, 'retryable'],
    [529, 'retryable'],
    [599, 'retryable'],
    [400, 'terminal'],
    [401, 'terminal'],
    [403, 'terminal'],
    [404, 'terminal'],
    [409, 'terminal'],
    [413, 'terminal'],
    [422, 'terminal'],
    [499, 'terminal'],
    [301, 'terminal'],
    [600, 'terminal'],
  ])('classes HTTP %i as %s', (status, expected) => {
    expect(classifyHttpStatus(status)?.statusClass).toBe(expected);
  });

  it('leaves every 2xx to the body', () => {
    for (let status = 200; status < 300; status++) expect(classifyHttpStatus(status)).toBeNull();
  });
});
