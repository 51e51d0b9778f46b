/**
 * Row types of the tables owned by the escalation module (migrations 003-escalation), as Kysely sees them:
 * only its repositories name them in SQL; other modules ask through its index.ts.
 * Instants are ISO-8601 strings on both dialects; booleans are booleans on PostgreSQL and 0/1 on
 * SQLite (read them with `readBool`); JSON columns are written as text and read with `readJson`.
 */
type Bool = boolean | number;
type Json = unknown;

export interface EscalationPolicyTable {
  id: string;
  name: string;
  match: Json;
  steps: Json;
  repeat: Json;
  active: Bool;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface EscalationTable {
  id: string;
  ticket_id: string;
  policy_id: string;
  policy_snapshot: Json;
  trigger: string;
  /** active, acknowledged or ended. */
  state: string;
  next_step: number;
  round: number;
  started_at: string;
  last_step_at: string | null;
  next_step_at: string | null;
  acknowledged_by: string | null;
  acknowledged_at: string | null;
  ended_at: string | null;
  version: number;
}

export interface ContactMethodTable {
  id: string;
  user_id: string;
  method: string;
  address: string;
  delay_minutes: number;
  disabled: Bool;
  created_at: string;
}

/** The tables of the escalation module by name (a type alias: `withTables` needs its implicit index signature). */
export type EscalationTables = {
  escalation_policies: EscalationPolicyTable;
  escalations: EscalationTable;
  contact_methods: ContactMethodTable;
};
