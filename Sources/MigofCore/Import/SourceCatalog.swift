/// The known sources of published ratings (`sources.csv`: `id,path,citation,publisher,licence`),
/// which the importer turns the `source` column of a ratings CSV into.
///
/// A row's `source` names an entry by its id, or by its path without the `@commit` (the form
/// `sdg-10-7-2.csv` uses). A source the catalogue does not know becomes an entry of its own,
/// cited by its text, so nothing is lost; the catalogue is where to give it a proper citation.
public struct SourceCatalog: Sendable, Equatable {
    public var sources: [String: Source]

    public init(sources: [String: Source] = [:]) {
        self.sources = sources
    }

    public static let header = ["id", "path", "citation", "publisher", "licence"]

    public static func load(path: String) throws(MigofError) -> SourceCatalog {
        var sources: [String: Source] = [:]
        var problems: [Diagnostic] = []
        for record in try CSVTable.rows(path: path, header: header) {
            let f = record.fields
            if f[0].isEmpty || f[2].isEmpty {
                problems.append(Diagnostic(path: path, line: record.line, column: 0, message: "a source needs an id and a citation"))
            } else if sources[f[0]] != nil {
                problems.append(Diagnostic(path: path, line: record.line, column: 0, message: "source id '\(f[0])' is used twice"))
            }
            sources[f[0]] = Source(citation: f[2], publisher: f[3], path: f[1], licence: f[4])
        }
        if !problems.isEmpty { throw .invalid(problems) }
        return SourceCatalog(sources: sources)
    }

    /// The id and entry for a ratings row's `source` text.
    public func resolve(_ text: String) -> (id: String, source: Source) {
        if let source = sources[text] { return (text, source) }
        for (id, source) in sources where Self.withoutCommit(source.path) == text || source.path == text {
            return (id, source)
        }
        return (text, Source(citation: text, publisher: "", path: text, licence: ""))
    }

    private static func withoutCommit(_ path: String) -> Substring {
        guard let at = path.lastIndex(of: "@") else { return Substring(path) }
        return path[..<at]
    }
}
