import { chinaDate } from '@sanxiang/domain';
import type { Clock } from '../../adapters/clock.ts';
import { actorOf } from '../../http/auth.ts';
import { errors, type App } from '../../http/typebox.ts';
import {
  CalendarDayParams,
  CalendarDayView,
  CalendarView,
  CalendarYearBody,
  CalendarYearView,
  DueDateQuery,
  DueDateView,
} from './calendar.schemas.ts';
import type { CalendarService } from './calendar.service.ts';

export function registerCalendarRoutes(app: App, deps: { calendar: CalendarService; clock: Clock }): void {
  const tags = ['工作日历 calendar'];

  app.get('/api/v1/calendar', {
    config: { public: true },
    schema: {
      tags,
      summary: '已载入的年度节假日安排及提醒',
      response: {
        200: CalendarView,
      },
    },
    handler: async () => ({
      years: deps.calendar.years(),
      warning: deps.calendar.current().nextYearMissingWarning(chinaDate(deps.clock.now())),
    }),
  });

  app.get('/api/v1/calendar/days/:date', {
    config: { public: true },
    schema: {
      tags,
      summary: '某日是否为工作日',
      params: CalendarDayParams,
      response: {
        200: CalendarDayView,
        ...errors(422),
      },
    },
    handler: async (req) => deps.calendar.current().dayInfo(req.params.date),
  });

  app.get('/api/v1/calendar/due-date', {
    config: { public: true },
    schema: {
      tags,
      summary: '计算期限届满日（工作日或自然日）',
      querystring: DueDateQuery,
      response: { 200: DueDateView, ...errors(422) },
    },
    handler: async (req) => {
      const { start, days, unit } = req.query;
      return { start, days, unit, due: deps.calendar.current().dueDate(start, { days, unit }) };
    },
  });

  app.post('/api/v1/calendar/years', {
    schema: {
      tags,
      summary: '导入一个年度的节假日安排（JSON 或 CSV 文本）',
      body: CalendarYearBody,
      response: {
        201: CalendarYearView,
        ...errors(403),
      },
    },
    handler: async (req, reply) => {
      const y = await deps.calendar.importYear(actorOf(req), req.body.text);
      return reply.status(201).send({ year: y.year, source: y.source, holidays: y.holidays.length, workdays: y.workdays.length });
    },
  });
}
