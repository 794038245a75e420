/// `migof frameworks`: the bundled frameworks (and any other framework files given), one row each.
public struct FrameworkListReport: Sendable {
    public var frameworks: [Framework]
    /// The id of the framework the default store would open with, marked in the table.
    public var current: String?

    public init(frameworks: [Framework], current: String? = nil) {
        self.frameworks = frameworks
        self.current = current
    }

    public func render(_ format: OutputFormat, width: (String) -> Int = { $0.count }) -> String {
        switch format {
        case .json:
            return JSONWriter.write(.arr(frameworks.map { f in
                .obj([("id", .string(f.id)), ("version", .int(f.version)), ("name", .string(f.name)),
                      ("areas", .int(f.areas.count)), ("indicators", .int(f.indicatorIDs.count))])
            }))
        case .csv:
            return CSVWriter.document(header: ["id", "version", "name", "areas", "indicators"], rows: frameworks.map {
                [$0.id, String($0.version), $0.name, String($0.areas.count), String($0.indicatorIDs.count)]
            })
        default:
            var table = TextTable(headers: ["", "Id", "Version", "Indicators", "Name"],
                                  alignments: [.left, .left, .right, .right, .left])
            table.rows = frameworks.map {
                [$0.id == current ? "*" : "", $0.id, String($0.version), String($0.indicatorIDs.count), $0.name]
            }
            return table.render(width: width) + "* the framework in use; choose another with --framework ID or --framework PATH\n"
        }
    }
}
