/** Groups checkpoints by the checklist's sections and items, in the checklist's order. */
import type { VisitChecklistOutlineQuery } from '../../gql/graphql';

export type Outline = VisitChecklistOutlineQuery['checklistTemplates'][number]['versions'][number]['sections'];

export type Group<T> = { key: string; section: string; item: string; entries: T[] };

export function outlineOf(data: VisitChecklistOutlineQuery | undefined, versionId: string | undefined): Outline {
  for (const template of data?.checklistTemplates ?? []) {
    const version = template.versions.find((v) => v.id === versionId);
    if (version) return version.sections;
  }
  return [];
}

export function groupByOutline<T>(outline: Outline, entries: readonly T[], codeOf: (entry: T) => string): Group<T>[] {
  const byCode = new Map(entries.map((entry) => [codeOf(entry), entry]));
  const groups: Group<T>[] = [];
  for (const section of outline) {
    for (const item of section.items) {
      const found = item.checkpoints.map((c) => byCode.get(c.code)).filter((e): e is T => e !== undefined);
      for (const entry of found) byCode.delete(codeOf(entry));
      if (found.length > 0) groups.push({ key: `${section.code}/${item.code}`, section: section.title, item: item.title, entries: found });
    }
  }
  const rest = entries.filter((entry) => byCode.has(codeOf(entry)));
  if (rest.length > 0) groups.push({ key: 'other', section: '', item: '', entries: rest });
  return groups;
}
