/** Facts about where and how the gate ran, gathered by the entry point. */
export interface RunContext {
  gateVersion: string;
  nodeVersion: string;
  runnerOs: string;
  driver: 'reference' | 'command';
  operatorInitials: string | null;
  followUpOwner: string | null;
  evidenceLinks: string[];
  /** The moment the run started; passed in so renderings are reproducible in tests. */
  now: Date;
}
