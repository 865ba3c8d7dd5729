import type { Kysely } from 'kysely';
import { BUILTIN_CALENDAR_YEARS, WorkingCalendar, parseCalendarImport, type CalendarYear } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { authorize } from '../../http/policy/authorize.ts';

/**
 * The working-day calendar in force: the built-in State Council years (2019–2026) plus the
 * years administrators imported (an imported year replaces a built-in one of the same year).
 */
export class CalendarService {
  private calendar = new WorkingCalendar(BUILTIN_CALENDAR_YEARS);
  private imported = new Set<number>();

  constructor(private readonly db: Kysely<Database>) {}

  current(): WorkingCalendar {
    return this.calendar;
  }

  /** What the imported years looked like at the last load: their count and latest import. */
  private loadedStamp = '';

  private async stamp(): Promise<string> {
    const r = await this.db
      .selectFrom('calendar_years')
      .select((eb) => [eb.fn.countAll<string>().as('n'), eb.fn.max('imported_at').as('latest')])
      .executeTakeFirstOrThrow();
    return `${r.n}|${r.latest ? new Date(r.latest as Date).toISOString() : ''}`;
  }

  /** Loads the calendar again when years were imported since the last load (by another instance, or the CLI). */
  async refresh(): Promise<boolean> {
    if ((await this.stamp()) === this.loadedStamp) return false;
    await this.load();
    return true;
  }

  async load(): Promise<void> {
    this.loadedStamp = await this.stamp();
    const rows = await this.db.selectFrom('calendar_years').select(['year', 'data']).orderBy('year').execute();
    let cal = new WorkingCalendar(BUILTIN_CALENDAR_YEARS);
    for (const r of rows) cal = cal.withYear(r.data as CalendarYear);
    this.calendar = cal;
    this.imported = new Set(rows.map((r) => r.year));
    this.importedData = new Map(rows.map((r) => [r.year, r.data as CalendarYear]));
  }

  years(): { year: number; source: string; origin: 'builtin' | 'imported' }[] {
    return this.calendar.knownYears().map((year) => {
      const imported = this.imported.has(year);
      const data = this.yearData(year);
      return { year, source: data?.source ?? '', origin: imported ? 'imported' : 'builtin' };
    });
  }

  private yearData(year: number): CalendarYear | undefined {
    return this.importedData.get(year) ?? BUILTIN_CALENDAR_YEARS.find((y) => y.year === year);
  }

  private importedData = new Map<number, CalendarYear>();

  /** Only a 司法局's system administrator maintains the calendar that every agency counts with. */
  async importYear(actor: Actor | null, text: string): Promise<CalendarYear> {
    if (actor) authorize(actor, 'calendar.update');
    const year = parseCalendarImport(text);
    await this.db
      .insertInto('calendar_years')
      .values({ year: year.year, source: year.source, data: JSON.stringify(year), imported_by: actor?.userId ?? null })
      .onConflict((oc) =>
        oc
          .column('year')
          .doUpdateSet({ source: year.source, data: JSON.stringify(year), imported_by: actor?.userId ?? null, imported_at: new Date() }),
      )
      .execute();
    this.importedData.set(year.year, year);
    await this.load();
    return year;
  }
}
