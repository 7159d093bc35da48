import type Database from 'better-sqlite3';

export interface Brand {
  id: number;
  name: string;
  color: string;
  timeZone: string;
  toneNotes: string;
}

export type BrandLabels = (brandId: number) => { brandName: string; brandColor: string };

export type NewBrand = Omit<Brand, 'id' | 'color' | 'timeZone' | 'toneNotes'> & Partial<Pick<Brand, 'color' | 'timeZone' | 'toneNotes'>>;

export class BrandRepository {
  constructor(private readonly db: Database.Database) {}

  create(brand: NewBrand, now: number): Brand {
    const row = this.db
      .prepare(
        `INSERT INTO brands (name, color, time_zone, tone_notes, created_at)
         VALUES (@name, coalesce(@color, '#4f46e5'), coalesce(@timeZone, 'Europe/Rome'), coalesce(@toneNotes, ''), @now)
         RETURNING id, name, color, time_zone AS timeZone, tone_notes AS toneNotes`,
      )
      .get({ color: null, timeZone: null, toneNotes: null, ...brand, now }) as Brand;
    return row;
  }

  /** Name and colour by id, for rows that carry only a brand's id (one read for all of them). */
  labels(): BrandLabels {
    const brands = new Map(this.list().map((brand) => [brand.id, brand]));
    return (brandId) => {
      const brand = brands.get(brandId);
      return { brandName: brand?.name ?? '', brandColor: brand?.color ?? '#4f46e5' };
    };
  }

  /** The brand's tone of voice, shown beside the composer; undefined for an unknown brand. */
  setToneNotes(id: number, toneNotes: string): Brand | undefined {
    return this.db
      .prepare(
        `UPDATE brands SET tone_notes = ? WHERE id = ? AND archived_at IS NULL
         RETURNING id, name, color, time_zone AS timeZone, tone_notes AS toneNotes`,
      )
      .get(toneNotes, id) as Brand | undefined;
  }

  list(): Brand[] {
    return this.db
      .prepare(
        `SELECT id, name, color, time_zone AS timeZone, tone_notes AS toneNotes
         FROM brands WHERE archived_at IS NULL ORDER BY name COLLATE NOCASE`,
      )
      .all() as Brand[];
  }
}
