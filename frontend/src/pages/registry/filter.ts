/**
 * The registry's filters live in the URL (`/registry?villageId=…&search=…`) so a list can be
 * bookmarked, shared and restored after opening a household.
 */
import type { HouseholdCategory, HouseholdFilterInput } from '../../gql/graphql';

export const FILTER_KEYS = ['townId', 'areaId', 'villageId', 'category', 'helperId', 'riskFlag', 'anyRiskFlag', 'search', 'idNumber'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type FilterValues = Partial<Record<FilterKey, string>>;

const CATEGORY_VALUES: readonly HouseholdCategory[] = ['LIFTED_SUPPORTED', 'LIFTED_UNSUPPORTED', 'MONITORED', 'ORDINARY'];

export function valuesFromParams(params: URLSearchParams): FilterValues {
  const values: FilterValues = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) values[key] = value;
  }
  return values;
}

export function paramsFromValues(values: FilterValues): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = values[key]?.trim();
    if (value) params.set(key, value);
  }
  return params;
}

/** The `households(filter:)` input for the values. */
export function filterInput(values: FilterValues): HouseholdFilterInput {
  const category = CATEGORY_VALUES.find((c) => c === values.category) ?? null;
  return {
    townId: values.townId ?? null,
    areaId: values.areaId ?? null,
    villageId: values.villageId ?? null,
    category,
    helperId: values.helperId ?? null,
    riskFlag: values.riskFlag ?? null,
    anyRiskFlag: values.anyRiskFlag === 'true' ? true : null,
    search: values.search ?? null,
    idNumber: values.idNumber ? values.idNumber.toUpperCase() : null,
  };
}

/** Query-string parameters of /download/households.xlsx (the same filters as the list). */
export function exportParams(values: FilterValues): Record<string, string | undefined> {
  return {
    townId: values.townId,
    areaId: values.areaId,
    villageId: values.villageId,
    category: filterInput(values).category?.toLowerCase(),
    riskFlag: values.riskFlag,
    search: values.search,
    idNumber: values.idNumber?.toUpperCase(),
  };
}

/** 18 characters, digits and a final digit or X: checked before asking the server. */
export function looksLikeIdNumber(value: string): boolean {
  return /^\d{17}[\dXx]$/.test(value.trim());
}
