import Foundation
import MigofCore

extension App {
    /// Applies an edit through the document and says what happened in the status bar.
    mutating func commit(_ edit: Edit) -> Bool {
        do {
            documentChanged(try document.commit(edit))
            message = edit.summary(in: framework)
            return true
        } catch {
            message = error.message
            return false
        }
    }

    /// `u`: takes back the last edit, as a journalled edit of its own.
    mutating func undo() -> Bool {
        do {
            let (edit, change) = try document.undo()
            documentChanged(change)
            message = "undone: \(edit.summary(in: framework))"
            return true
        } catch {
            message = error.message
            return false
        }
    }

    /// Ctrl-R: applies again the last undone edit.
    mutating func redo() -> Bool {
        do {
            let (edit, change) = try document.redo()
            documentChanged(change)
            message = "redone: \(edit.summary(in: framework))"
            return true
        } catch {
            message = error.message
            return false
        }
    }

    /// `s`: saves through the locked, atomic save, with audit entries.
    mutating func save() -> Bool {
        // The journal's last lines reach the disk before the store replaces them.
        guard journalSettledForDisk() else { return false }
        do {
            let added = try document.save()
            documentChanged(.reload)
            if let added {
                message = "saved \(App.abbreviated(chrome.storePath)) (\(added) audited change\(added == 1 ? "" : "s"))"
            } else {
                message = "saved (in memory)"
            }
            return true
        } catch {
            message = error.message
            return false
        }
    }

    /// Replays journalled edits after a crash; they stay in the journal until the next save.
    mutating func recover(_ contents: Journal.Contents) -> Bool {
        do {
            try document.recover(contents)
        } catch {
            message = error.message
            return false
        }
        documentChanged(.reload)
        let tail = contents.ignoredPartialLine ? "; a partial last line was ignored" : ""
        message = "recovered \(contents.entries.count) unsaved edit\(contents.entries.count == 1 ? "" : "s")\(tail); s saves"
        return true
    }

    /// `d` at the quit question: the journal is set aside as a file, then the dashboard closes.
    mutating func discardAndQuit(_ status: Int32) {
        do {
            let aside = try document.setJournalAside()
            exit = ExitRequest(status: status, note: aside.map { "migof: discarded unsaved edits; they are kept in \($0)" })
        } catch {
            message = error.message
        }
    }

    /// After an edit: a deleted country's profiles leave the stack, and every screen
    /// re-clamps, keeping its selected country.
    mutating func documentChanged(_ change: DocumentChange) {
        let countries = store.countries
        stack.removeAll { if case .profile(let model) = $0 { return countries[model.code] == nil } else { return false } }
        if stack.isEmpty { stack = [.home(HomeModel())] }
        reclampScreens(change)
    }

    /// The user name and time for messages about the journal.
    static func describe(_ contents: Journal.Contents) -> String {
        guard let first = contents.entries.first, let last = contents.entries.last else { return "no edits" }
        let span = first.time == last.time ? first.time : "\(first.time) to \(last.time)"
        return "\(contents.entries.count) unsaved edit\(contents.entries.count == 1 ? "" : "s") by \(last.user), \(span)"
    }
}
