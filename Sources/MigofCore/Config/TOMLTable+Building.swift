extension TOMLTable {
    /// Puts `node` at the dotted `path`, creating intermediate tables; a key given twice is an error.
    static func insert(_ node: TOMLNode, at path: [String], into table: inout TOMLTable, reader: TOMLReader,
                       line: Int, column: Int) throws(MigofError) {
        let key = path[0]
        let existing = table.entries.firstIndex { $0.key == key }
        if path.count == 1 {
            if let existing {
                let first = table.entries[existing]
                throw reader.error("'\(key)' is set twice (first on line \(first.line))", line: line, column: column)
            }
            table.entries.append(Entry(key: key, line: line, column: column, node: node))
            return
        }
        var child = TOMLTable()
        if let existing {
            guard case .table(let inner) = table.entries[existing].node.value else {
                throw reader.error("'\(key)' is not a table (it was set on line \(table.entries[existing].line))", line: line, column: column)
            }
            child = inner
        }
        try insert(node, at: Array(path.dropFirst()), into: &child, reader: reader, line: line, column: column)
        let updated = TOMLNode(value: .table(child), line: line, column: column)
        if let existing {
            table.entries[existing].node.value = updated.value
        } else {
            table.entries.append(Entry(key: key, line: line, column: column, node: updated))
        }
    }

    /// Makes sure a `[header]` table exists, so later `key = value` lines can go into it.
    static func ensureTable(in table: inout TOMLTable, path: [String], reader: TOMLReader,
                            line: Int, column: Int) throws(MigofError) {
        let key = path[0]
        if let existing = table.entries.firstIndex(where: { $0.key == key }) {
            guard case .table(var inner) = table.entries[existing].node.value else {
                throw reader.error("'\(key)' is already set to a value on line \(table.entries[existing].line)", line: line, column: column)
            }
            if path.count > 1 {
                try ensureTable(in: &inner, path: Array(path.dropFirst()), reader: reader, line: line, column: column)
                table.entries[existing].node.value = .table(inner)
            }
            return
        }
        var child = TOMLTable()
        if path.count > 1 {
            try ensureTable(in: &child, path: Array(path.dropFirst()), reader: reader, line: line, column: column)
        }
        table.entries.append(Entry(key: key, line: line, column: column, node: TOMLNode(value: .table(child), line: line, column: column)))
    }
}
