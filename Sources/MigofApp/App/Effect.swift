import MigofCore

/// What a screen or dialog asks the app to do. `update` returns effects instead of doing
/// them, so it stays pure; the app applies them in one place (`App.apply`), the only path
/// from a key to the document and the disk.
enum Effect: Sendable {
    /// Shows a screen on top of the stack.
    case push(Screen)
    /// Goes back one screen.
    case pop
    /// Opens a dialog above the screens.
    case open(Dialog)
    /// Closes the dialog on top.
    case close
    /// A country chosen in the picker, for what it was opened for.
    case picked(String, CountryPicker.Purpose)
    /// Applies an edit to the document (journalled).
    case commit(Edit)
    case undo, redo, save
    /// Steps the year shown.
    case changeYear(Int)
    /// Shows this year.
    case setYear(Int)
    /// Replays a crashed session's journal; sets a journal aside.
    case recover(Journal.Contents)
    case setJournalAside
    /// Quits with this status: at once, once the save worked, or after setting the edits aside.
    case quitNow(Int32)
    case quitIfSaved(Int32)
    case discardAndQuit(Int32)
    /// Runs a line typed at the `:` prompt (`App.runCommand`).
    case command(String)
    /// Writes these profiles as one report (Markdown and HTML) into the report folder.
    case writeReport([ReportSide])
    /// Puts a rating filter in force in the browser (opening it), or clears it with nil.
    case filterBrowser(RatingFilter?)
    /// A note in the status bar.
    case message(String)
    /// Puts Markdown on the clipboard (through the backend, OSC 52); `what` names it for the
    /// status line, e.g. "Canada's profile summary".
    case copy(text: String, what: String)
    /// Several effects in order.
    indirect case all([Effect])
}
