/// One unit of work for a lane: the figures that share one image's bytes (read once, every
/// record written), with their state rows.
struct BatchJob: Sendable {
    /// The rows and their planned figures; the first image is the one read.
    var entries: [(id: Int64, figure: PlannedFigure)]

    /// The image read.
    var image: String { entries[0].figure.imagePath }

    /// Groups rows by image digest, keeping input order (unreadable images stay alone).
    static func grouping(_ work: [(row: FigureRow, figure: PlannedFigure)]) -> [BatchJob] {
        var jobs: [BatchJob] = []
        var indexByDigest: [String: Int] = [:]
        for (row, figure) in work {
            guard let id = row.id else { continue }
            if let digest = figure.imageSHA256, let index = indexByDigest[digest] {
                jobs[index].entries.append((id, figure))
                continue
            }
            if let digest = figure.imageSHA256 { indexByDigest[digest] = jobs.count }
            jobs.append(BatchJob(entries: [(id, figure)]))
        }
        return jobs
    }
}
