/**
 * Row types of the campaigns tables (migrations 036-campaigns, 042-campaign-person-tickets), owned by the campaigns module:
 * only its repository names them in SQL. Instants are ISO-8601 strings on both dialects.
 */

export interface CampaignTemplateTable {
  id: string;
  name: string;
  /** One client's template; null: every client's. */
  organization_id: string | null;
  created_at: string;
}

export interface CampaignTemplateStepTable {
  template_id: string;
  /** 1, 2, 3 … in the order the steps are done. */
  position: number;
  title: string;
  /** The billing work type of the step's work; null: the contract's `support`. */
  work_type: string | null;
}

export interface CampaignTable {
  id: string;
  organization_id: string;
  template_id: string;
  name: string;
  /** A calendar date, YYYY-MM-DD. */
  due_on: string;
  created_by: string | null;
  created_at: string;
}

/** A campaign's own copy of its template's steps. */
export interface CampaignStepTable {
  campaign_id: string;
  position: number;
  title: string;
  work_type: string | null;
}

export interface CampaignPersonTable {
  id: string;
  campaign_id: string;
  contact_id: string;
  /** `home` or `site`. */
  location: string;
  site_id: string | null;
  notes: string;
  assignee_id: string | null;
  /** The ticket the person's campaign time is logged on (migration 042); null until the first time is logged. */
  ticket_id: string | null;
  created_at: string;
}

export interface CampaignChecklistStepTable {
  person_id: string;
  position: number;
  /** `open`, `done`, `blocked` or `not_needed`. */
  state: string;
  /** What blocks it (required when blocked), or any remark. */
  note: string;
  updated_by: string | null;
  updated_at: string;
}

/** The campaigns tables by name (a type alias: `withTables` needs its implicit index signature). */
export type CampaignTables = {
  campaign_templates: CampaignTemplateTable;
  campaign_template_steps: CampaignTemplateStepTable;
  campaigns: CampaignTable;
  campaign_steps: CampaignStepTable;
  campaign_people: CampaignPersonTable;
  campaign_checklist_steps: CampaignChecklistStepTable;
};
