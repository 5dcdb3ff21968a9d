import { jsonPath, type Problem } from '../src/dataset/problems.ts'
import type { Dataset } from '../src/dataset/schema.ts'
import { buildDatasetIndex } from '../src/domain/dataset-index.ts'
import { parseStepView } from '../src/state/story-view.ts'

/**
 * Each story step's view, read by the app's own link parser: what it would drop or ignore is a
 * problem here. The dataset layer cannot parse links, so this check lives with the script.
 */
export function storyViewProblems(data: Dataset): Problem[] {
  const { known } = buildDatasetIndex(data)
  return (data.stories ?? []).flatMap((story, i) =>
    story.steps.flatMap((step, j) =>
      parseStepView(step.view, known).problems.map((message) => ({ path: jsonPath(['stories', i, 'steps', j, 'view']), message })),
    ),
  )
}
