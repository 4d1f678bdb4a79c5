// The business calendar form: the company's UK nation, opening and closing times, and company closure dates.
import { z } from 'zod';
import { isoDate } from '../../../shared/model';
import { DEFAULT_BUSINESS_HOURS, DEFAULT_RECEIVED_WITHIN_YEARS, NATIONS, isNation, type Nation, type PolicySettings } from '../../../shared/policy';

export const nationLabels: Record<Nation, string> = {
  'england-and-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};
export const nations = NATIONS;

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

function timeOfDay(label: string) {
  return z
    .string({ error: `${label} is required` })
    .min(1, `${label} is required`)
    .regex(HH_MM, `${label} must be a time like 09:00`);
}

export const calendarSettingsSchema = z
  .object({
    nation: z.custom<Nation>((value) => isNation(value), { message: 'Choose the nation' }),
    opens: timeOfDay('Opening time'),
    closes: timeOfDay('Closing time'),
    closures: z.array(isoDate('Closure date')),
    receivedWithinYears: z
      .string()
      .trim()
      .regex(/^\d{1,3}$/, 'Type a whole number of years, like 6')
      .refine((text) => Number(text) >= 1 && Number(text) <= 100, 'Type between 1 and 100 years'),
  })
  // Compared only when both are proper times: each field reports its own mistake first.
  .refine((v) => !HH_MM.test(v.opens) || !HH_MM.test(v.closes) || v.opens < v.closes, {
    path: ['closes'],
    message: 'Closing time must be after opening time',
  });
export type CalendarSettingsValues = z.infer<typeof calendarSettingsSchema>;

export function calendarValues(settings: PolicySettings): CalendarSettingsValues {
  const hours = settings.businessHours ?? DEFAULT_BUSINESS_HOURS;
  return {
    nation: settings.nation,
    opens: hours.opens,
    closes: hours.closes,
    closures: [...(settings.closures ?? [])].sort(),
    receivedWithinYears: String(settings.receivedWithinYears ?? DEFAULT_RECEIVED_WITHIN_YEARS),
  };
}

export function policySettingsOf(values: CalendarSettingsValues): PolicySettings {
  return {
    nation: values.nation,
    closures: [...new Set(values.closures)].sort(),
    businessHours: { opens: values.opens, closes: values.closes },
    receivedWithinYears: Number(values.receivedWithinYears),
  };
}
