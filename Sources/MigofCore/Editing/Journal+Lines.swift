extension Journal {
    /// The line `append` writes for `entry`, newline included: what the reader must read back
    /// as the same entry (the fuzz harness holds `parse` to that).
    public static func line(for entry: Entry, framework: Framework) -> [UInt8] {
        let line = JSONWriter.line(.obj([("time", .string(entry.time)), ("user", .string(entry.user)),
                                         ("edit", entry.edit.jsonValue(framework: framework))])) + "\n"
        return Array(line.utf8)
    }
}
