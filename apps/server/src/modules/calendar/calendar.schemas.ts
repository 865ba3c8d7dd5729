import { Type } from '@sinclair/typebox';
import { IsoDate } from '../../http/typebox.ts';

/** What the working-day calendar routes take and return. */

export const CalendarView = Type.Object({
  years: Type.Array(Type.Object({ year: Type.Integer(), source: Type.String(), origin: Type.String() })),
  warning: Type.Union([Type.String(), Type.Null()]),
});

export const CalendarDayParams = Type.Object({ date: IsoDate });

export const CalendarDayView = Type.Object({
  date: IsoDate,
  working: Type.Boolean(),
  holiday: Type.Optional(Type.String()),
  makeUpWorkday: Type.Optional(Type.String()),
});

export const DueDateQuery = Type.Object(
  {
    start: IsoDate,
    days: Type.Integer({ minimum: 0, maximum: 3650 }),
    unit: Type.Union([Type.Literal('working'), Type.Literal('natural')], { default: 'working' }),
  },
  { additionalProperties: false },
);

export const DueDateView = Type.Object({ start: IsoDate, days: Type.Integer(), unit: Type.String(), due: IsoDate });

export const CalendarYearBody = Type.Object({ text: Type.String({ minLength: 1, maxLength: 200_000 }) }, { additionalProperties: false });

export const CalendarYearView = Type.Object({
  year: Type.Integer(),
  source: Type.String(),
  holidays: Type.Integer(),
  workdays: Type.Integer(),
});
