import type { Citation, Source } from '../../dataset/schema'
import { citationView } from '../../domain/citations'
import { CitedSource } from '../../ui/cited-source'

/** A reference a reader can check: the citation, a link when it is http(s), and the cited text. */
export function SourceCitation({ citation, source }: { citation: Citation; source: Source }) {
  return (
    <div className="text-sm">
      <CitedSource {...citationView(citation, source)} />
    </div>
  )
}
