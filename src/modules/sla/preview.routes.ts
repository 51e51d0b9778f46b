/**
 * HTTP for what the set-up screens show before anything is saved: a covered week of a calendar or
 * of a contract's coverage, "try it" on a policy, and the holiday sets a calendar may use. Staff
 * only; nothing is written.
 */
import { Type } from '@sinclair/typebox';
import type { Db } from '../../platform/db/connect.js';
import { forbidden } from '../../platform/errors.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { actorFrom, isStaff } from '../auth/index.js';
import { holidayCountries } from '../calendars/index.js';
import type { CalendarCache } from './calendar-cache.js';
import { previewCalendarWeek } from './preview-calendar-week.js';
import { previewContractWeek } from './preview-contract-week.js';
import { CalendarWeekBody, ContractWeekBody, CoverageWeek, HolidayCountries, SlaTry, TrySlaBody } from './preview.schema.js';
import { trySla } from './try-sla.js';

export function slaPreviewRoutes(app: App, deps: { db: Db; calendars: CalendarCache }): void {
  for (const s of [CoverageWeek, SlaTry, HolidayCountries]) app.addSchema(s);
  const tags = ['sla'];
  const staffOnly = (request: Parameters<typeof actorFrom>[0]) => {
    if (!isStaff(actorFrom(request))) throw forbidden('Only staff can see calendars, contracts and SLA policies');
  };

  app.post('/api/v1/calendars/week', {
    schema: {
      tags,
      summary: 'The covered hours of a calendar (saved or a draft) over one week, with its holidays and exceptions',
      description: 'Computed by the clocks’ own calendar code; each day’s segments are placed by the share of its real length (23 or 25 hours on a daylight-saving change). Nothing is saved.',
      body: CalendarWeekBody,
      response: { 200: Type.Ref('CoverageWeek'), ...problemResponses(400, 401, 403, 404, 422) },
    },
  }, async (request) => {
    staffOnly(request);
    return previewCalendarWeek(deps, request.body);
  });

  app.post('/api/v1/contracts/week', {
    schema: {
      tags,
      summary: 'What a contract’s coverage (saved or a draft) covers over one week, in the client’s time zone',
      description:
        'The hours of every calendar the rules name, and for a ticket of each priority at each site (or none), which rule and calendar apply — the first ' +
        'matching rule, as for the clocks. Nothing is saved.',
      body: ContractWeekBody,
      response: { 200: Type.Ref('CoverageWeek'), ...problemResponses(400, 401, 403, 404, 422) },
    },
  }, async (request) => {
    staffOnly(request);
    return previewContractWeek(deps, request.body);
  });

  app.post('/api/v1/sla-policies/try', {
    schema: {
      tags,
      summary: 'Try it: when a ticket of a priority opened at a local time would be due, with the explanation',
      description: 'For a calendar and a policy, each saved or a draft; answered by the clocks’ own code. Nothing is saved.',
      body: TrySlaBody,
      response: { 200: Type.Ref('SlaTry'), ...problemResponses(400, 401, 403, 404, 422) },
    },
  }, async (request) => {
    staffOnly(request);
    return trySla(deps, request.body);
  });

  app.get('/api/v1/holiday-countries', {
    schema: {
      tags,
      summary: 'The countries and regions whose public holidays a calendar can close on (date-holidays)',
      response: { 200: Type.Ref('HolidayCountries'), ...problemResponses(401, 403) },
    },
  }, async (request) => {
    staffOnly(request);
    return { items: [...holidayCountries()] };
  });
}
