/// What `Document.settleJournal` found: nothing new, edits now on disk, or a failed fsync
/// whose edits were taken back, with the message that says so.
enum JournalNews: Sendable, Equatable {
    case none
    case done
    case failed(String)
}
