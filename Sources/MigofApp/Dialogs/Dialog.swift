import MigofCore
import MigofWidgets

/// A dialog over the screens. The open ones form a stack; the top one takes every key and
/// every mouse event, so nothing under it moves.
enum Dialog: Sendable {
    case help(HelpDialog)
    case picker(CountryPicker)
    case note(NoteEditor)
    case newYear(NewYearDialog)
    case confirm(ConfirmDialog)
    case quit(QuitDialog)
    case recover(RecoverDialog)
    case addCountry(AddCountryDialog)
    case log(LogDialog)
    case command(CommandPrompt)

    /// Where its key bindings live in the keymap.
    var context: Context {
        switch self {
        case .help: .helpDialog
        case .picker: .picker
        case .note: .noteEditor
        case .newYear: .newYear
        case .confirm: .confirm
        case .quit: .quitDialog
        case .recover: .recover
        case .addCountry: .addCountry
        case .log: .log
        case .command: .commandPrompt
        }
    }

    /// Every dialog's context, in the order help lists them.
    static let contexts: [Context] = [.helpDialog, .picker, .noteEditor, .newYear, .confirm, .quitDialog, .recover,
                                      .addCountry, .log, .commandPrompt]

    /// Every dialog's bindings, in the order help lists them.
    static let bindings: [KeyBinding] = HelpDialog.bindings + CountryPicker.bindings + NoteEditor.bindings
        + NewYearDialog.bindings + ConfirmDialog.bindings + QuitDialog.bindings + RecoverDialog.bindings
        + AddCountryDialog.bindings + LogDialog.bindings + CommandPrompt.bindings
}
