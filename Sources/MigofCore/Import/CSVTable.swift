import Foundation

/// A small CSV file with a fixed header, read for the importer's data tables
/// (`sources.csv`, `caveats.csv`): its records after the header, or an error naming the line.
enum CSVTable {
    static func rows(path: String, header expected: [String]) throws(MigofError) -> [CSVReader.Record] {
        // Citations and caveats go into the store and onto screens, which hold no control character.
        let records = try CSVReader.checkedFile(path)
        guard let header = records.first, header.fields == expected else {
            throw .invalid([Diagnostic(path: path, line: 1, column: 0, message: "header must be \(expected.joined(separator: ","))")])
        }
        var problems: [Diagnostic] = []
        for record in records.dropFirst() where record.fields.count != expected.count {
            problems.append(Diagnostic(path: path, line: record.line, column: 0,
                                       message: "expected \(expected.count) fields, found \(record.fields.count)"))
        }
        if !problems.isEmpty { throw .invalid(problems) }
        return Array(records.dropFirst())
    }
}
