import { labelsOf, type Content, type Site } from '../state/index.js';
import type { CqlCondition } from './parse-cql.js';

/** Does a content satisfy every condition (labels as the viewer sees them)? */
export function matchesCql(site: Site, content: Content, conditions: CqlCondition[], viewerId: string): boolean {
  return conditions.every((cond) => {
    let actual: string[];
    switch (cond.field) {
      case 'space':
        actual = [site.spaces.get(content.spaceId)?.key ?? ''];
        break;
      case 'type':
        actual = [content.type];
        break;
      case 'id':
        actual = [content.id];
        break;
      case 'label':
        actual = labelsOf(site, content, viewerId).map((l) => l.name);
        break;
    }
    const wanted = cond.field === 'label' ? cond.values.map((v) => v.toLowerCase()) : cond.values;
    const hit = actual.some((a) => wanted.includes(a));
    return cond.negated ? !hit : hit;
  });
}
