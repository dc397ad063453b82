import { ConfigError } from '../../common/index.js';
import { safeTime } from '../log-fields.js';
import type { LocateRecord, LogAttempt, LogRecord, ParsedLog } from '../log-types.js';

// The JSON log formats (LiteLLM, Portkey) read their records the same way: each record must be
// one of the format's, must carry a start time, and becomes one attempt located where it sits.
// Each format says only how it tells its records apart and which fields it reads.

export interface RecordFormat {
  format: 'litellm' | 'portkey';
  is: (value: unknown) => boolean;
  /** "record N is not <what>", and how to fix it. */
  notARecord: { what: string; fix: string };
  /** The start time's field: "record N: <field> is not <what>", and how to fix it. */
  startTime: { field: string; what: string; fix: string };
  /** The attempt of one record, besides where it sits. */
  attempt: (
    r: Record<string, unknown>,
    startedMs: number,
    record: LogRecord,
    index: number,
  ) => Omit<LogAttempt, 'at'>;
}

export function readJsonRecords(
  records: LogRecord[],
  locate: LocateRecord,
  reader: RecordFormat,
): Omit<ParsedLog, 'file' | 'sha256'> {
  const attempts: LogAttempt[] = records.map((record, i) => {
    const r = (record.value ?? {}) as Record<string, unknown>;
    if (typeof r !== 'object' || !reader.is(r)) {
      throw new ConfigError(
        locate(record, []),
        `record ${i + 1} is not ${reader.notARecord.what}`,
        reader.notARecord.fix,
      );
    }
    const { field } = reader.startTime;
    const startedMs = safeTime(r[field]);
    if (startedMs === null) {
      throw new ConfigError(
        locate(record, [field]),
        `record ${i + 1}: "${field}" is not ${reader.startTime.what}`,
        reader.startTime.fix,
      );
    }
    return { at: locate(record), ...reader.attempt(r, startedMs, record, i) };
  });
  return { format: reader.format, records: records.length, attempts };
}
