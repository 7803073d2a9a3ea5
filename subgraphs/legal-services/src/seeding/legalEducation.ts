import { z } from 'zod';
import { LEGAL_EDUCATION_TOPICS, type LegalEducationArticle } from '../model';
import source from '../../seed-data/legal-education.json';
import { addDays, instantOn, localDate } from './dates';

/**
 * Public legal-education articles (普法宣传) from the seed data file `seed-data/legal-education.json`. The file dates each
 * article relative to the world's "now" (days before it, at an hour of the day in China Standard Time), so the same
 * world gives the same articles and the newest is always a day or two old.
 */
const SourceArticle = z.object({
  id: z.string().regex(/^LE-\d{3}$/),
  topic: z.enum(LEGAL_EDUCATION_TOPICS),
  publisher: z.string().min(2).max(100),
  regionCode: z.string().regex(/^\d{12}$/),
  daysBeforeNow: z.number().int().min(1),
  hour: z.number().int().min(0).max(23),
  title: z.string().min(4).max(200),
  summary: z.string().min(10).max(500),
  body: z.string().min(50).max(4000),
});

export function planLegalEducation(now: string): LegalEducationArticle[] {
  const today = localDate(now);
  return z.array(SourceArticle).parse(source).map(({ daysBeforeNow, hour, ...a }) => ({
    id: a.id, topic: a.topic, title: a.title, summary: a.summary, body: a.body, publisher: a.publisher, regionCode: a.regionCode,
    publishedAt: instantOn(addDays(today, -daysBeforeNow), hour),
  }));
}
