import { describe, expect, it } from 'vitest'
import { sampleDataset } from '../test/sample-dataset'
import { fromAppJson } from './formats/from-app-json'
import { formatProblem } from './problems'
import type { DatasetMeta } from './schema'
import { validateDataset } from './validate'

type Sample = ReturnType<typeof sampleDataset>

function withStory(): Sample {
  return {
    ...sampleDataset(),
    stories: [
      {
        id: 'how-it-began',
        title: 'How it began',
        steps: [
          {
            title: 'The chiefs',
            body: [{ text: 'Chiefs met.', sources: [{ source: 'wire' }] }],
            view: 'k=military&e=chiefs-meet',
          },
          {
            title: 'The summit',
            body: [{ text: 'Leaders met.', sources: [{ source: 'article', paragraphs: [2] }] }],
            view: 'e=paris-summit&a=keir-starmer&t=2025-03-20T00:00:00Z~2025-03-30T00:00:00Z',
          },
        ],
      },
    ],
  }
}

function problemsAfter(breakIt: (data: Sample) => void): string[] {
  const data = withStory()
  breakIt(data)
  const result = validateDataset(data)
  return result.ok ? [] : result.problems.map(formatProblem)
}

const step = (data: Sample, i: number) => data.stories![0]!.steps[i]!
const META: DatasetMeta = { ...sampleDataset().meta, changes: [] }

describe('stories in a dataset', () => {
  it('accepts a dataset with a story, and one without', () => {
    const result = validateDataset(withStory())
    expect(result.ok && result.data.stories?.[0]?.steps).toHaveLength(2)
    expect(validateDataset(sampleDataset()).ok).toBe(true)
  })

  it.each<[string, (data: Sample) => void, string]>([
    ['an uncited sentence', (d) => void (step(d, 0).body[0]!.sources = []), '$.stories[0].steps[0].body[0].sources: Every sentence cites a source'],
    ['an unknown key in a step', (d) => void Object.assign(step(d, 0), { html: '<b>' }), '$.stories[0].steps[0].html: Unknown field "html"'],
    ['a story without steps', (d) => void (d.stories![0]!.steps = []), '$.stories[0].steps: Too small'],
    ['a story id that is not a slug', (d) => void (d.stories![0]!.id = 'How It Began'), '$.stories[0].id: Expected a lowercase slug'],
    ['an unknown cited source', (d) => void (step(d, 0).body[0]!.sources = [{ source: 'ghost' }]), '$.stories[0].steps[0].body[0].sources[0].source: Unknown source id "ghost"'],
    [
      'a paragraph the source lacks',
      (d) => void (step(d, 1).body[0]!.sources = [{ source: 'article', paragraphs: [3] }]),
      '$.stories[0].steps[1].body[0].sources[0].paragraphs[0]: Paragraph 3 does not exist: source "article" has 2 paragraphs',
    ],
    ['a view selecting an unknown event', (d) => void (step(d, 0).view = 'e=nope'), '$.stories[0].steps[0].view: Unknown event id "nope"'],
    ['a view naming an unknown actor', (d) => void (step(d, 0).view = 'a=keir-starmer,ghost'), '$.stories[0].steps[0].view: Unknown actor id "ghost"'],
    [
      'a duplicate story id',
      (d) => void d.stories!.push({ ...d.stories![0]! }),
      '$.stories[1].id: Duplicate story id "how-it-began" (first used at index 0)',
    ],
  ])('reports %s with its JSON path', (_, breakIt, expected) => {
    expect(problemsAfter(breakIt).join('\n')).toContain(expected)
  })

  it('checks a story even when another part of the file fails its schema', () => {
    const problems = problemsAfter((d) => {
      d.events[1]!.start = 'soon'
      step(d, 0).body[0]!.sources = [{ source: 'ghost' }]
    })
    expect(problems.join('\n')).toContain('$.stories[0].steps[0].body[0].sources[0].source: Unknown source id "ghost"')
  })

  it('an opened file keeps the stories that name only what it kept, and lists the rest', () => {
    const data = withStory()
    data.stories!.push({ id: 'broken', title: 'Broken', steps: [{ title: 'x', body: [{ text: 'y', sources: [{ source: 'ghost' }] }], view: '' }] })
    data.events[1]!.start = 'soon' // the file is not valid as a whole: the lenient path runs
    data.events[1]!.id = 'chiefs-gone'
    const { dataset, problems } = fromAppJson(data, META)
    // The first story selects chiefs-meet, which was not kept; the second cites an unknown source.
    expect(dataset.stories).toBeUndefined()
    expect(problems.map(formatProblem).join('\n')).toContain('$.stories[0].steps[0].view: Unknown event id "chiefs-meet"')
    expect(problems.map(formatProblem).join('\n')).toContain('$.stories[1].steps[0].body[0].sources[0].source: Unknown source id "ghost"')

    const kept = withStory()
    kept.events[0]!.start = 'soon'
    step(kept, 1).view = 'e=chiefs-meet'
    expect(fromAppJson(kept, META).dataset.stories?.map((s) => s.id)).toEqual(['how-it-began'])
  })
})
