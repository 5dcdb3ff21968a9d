import { describe, expect, it } from 'vitest'
import { datasetUrl, fetchableProblem } from './web-url'

const PAGE = 'https://timeline.example'

describe('fetchableProblem', () => {
  it('lets https anywhere, and http on the page’s own origin', () => {
    expect(fetchableProblem('https://data.example/d.json', PAGE)).toBeNull()
    expect(fetchableProblem('http://localhost:5173/d.json', 'http://localhost:5173')).toBeNull()
  })

  it('explains that plain http to another site is blocked, instead of letting it fail', () => {
    expect(fetchableProblem('http://data.example/d.json', PAGE)).toMatch(/needs an https:\/\/ address/)
    expect(fetchableProblem('http://localhost:8080/d.json', 'http://localhost:5173')).toMatch(/https/)
  })
})

describe('datasetUrl', () => {
  it('gives the normalised URL or the reason', () => {
    expect(datasetUrl(' https://data.example/a b.json ', PAGE)).toEqual({ url: 'https://data.example/a%20b.json' })
    expect(datasetUrl('javascript:alert(1)', PAGE)).toEqual({ problem: 'Enter a full https:// address' })
    expect(datasetUrl('http://data.example/d.json', PAGE)).toHaveProperty('problem', expect.stringMatching(/plain http/))
  })
})
