import Foundation
import MigofCore

extension App {
    /// Applies an edit through the document and says what happened in the status bar.
    @discardableResult
    mutating func commit(_ edit: Edit) -> Bool {
        do {
            documentChanged(try document.commit(edit))
            message = edit.summary
            return true
        } catch {
            message = error.message
            return false
        }
    }

    /// `u`: takes back the last edit, as a journalled edit of its own.
    mutating func undo() {
        do {
            let (edit, change) = try document.undo()
            documentChanged(change)
            message = "undone: \(edit.summary)"
        } catch {
            message = error.message
        }
    }

    /// Ctrl-R: applies again the last undone edit.
    mutating func redo() {
        do {
            let (edit, change) = try document.redo()
            documentChanged(change)
            message = "redone: \(edit.summary)"
        } catch {
            message = error.message
        }
    }

    /// `s`: saves through the locked, atomic save, with audit entries.
    mutating func save() {
        do {
            let added = try document.save()
            documentChanged(.reload)
            if let added {
                message = "saved \(abbreviated(storePath)) (\(added) audited change\(added == 1 ? "" : "s"))"
            } else {
                message = "saved (in memory)"
            }
        } catch {
            message = error.message
        }
    }

    /// Replays journalled edits after a crash; they stay in the journal until the next save.
    mutating func recover(_ contents: Journal.Contents) {
        do {
            try document.recover(contents)
        } catch {
            message = error.message
            return
        }
        documentChanged(.reload)
        let tail = contents.ignoredPartialLine ? "; a partial last line was ignored" : ""
        message = "recovered \(contents.entries.count) unsaved edit\(contents.entries.count == 1 ? "" : "s")\(tail); s saves"
    }

    /// The user name and time for messages about the journal.
    static func describe(_ contents: Journal.Contents) -> String {
        guard let first = contents.entries.first, let last = contents.entries.last else { return "no edits" }
        let span = first.time == last.time ? first.time : "\(first.time) to \(last.time)"
        return "\(contents.entries.count) unsaved edit\(contents.entries.count == 1 ? "" : "s") by \(last.user), \(span)"
    }
}
