import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Vitest's own order, but the Nu checker's file last: it checks the HTML the other files kept. */
export default class ValidHtmlLast extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const last = (file: TestSpecification) => file.moduleId.endsWith('every-page-state-is-valid-html.test.ts');
    return [...sorted.filter((file) => !last(file)), ...sorted.filter(last)];
  }
}
