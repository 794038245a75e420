/// The names the config file's `keys` table rebinds actions by (`save = ["C-s"]`).
extension Action {
    /// This action's name in the config file, e.g. `save`, `next-year`, `compare-swap`. Actions
    /// that differ only by which of their keys was pressed (`area`, `score`) share one name.
    public var name: String {
        switch self {
        case .up: "up"
        case .down: "down"
        case .left: "left"
        case .right: "right"
        case .pageUp: "page-up"
        case .pageDown: "page-down"
        case .top: "top"
        case .bottom: "bottom"
        case .nextFocus: "next-focus"
        case .previousFocus: "previous-focus"
        case .open: "open"
        case .back: "back"
        case .search: "search"
        case .help: "help"
        case .quit: "quit"
        case .interrupt: "interrupt"
        case .previousYear: "previous-year"
        case .nextYear: "next-year"
        case .area: "area"
        case .stepArea(let step): step > 0 ? "next-area" : "previous-area"
        case .home: "home"
        case .browser: "browser"
        case .nextSort: "next-sort"
        case .previousSort: "previous-sort"
        case .nextRegion: "next-region"
        case .clearRegion: "clear-region"
        case .reverseSort: "reverse-sort"
        case .filterPrompt: "filter"
        case .frequency: "frequency"
        case .cycleTheme: "cycle-theme"
        case .score: "score"
        case .clearScore: "clear-score"
        case .stepScore(let step): step > 0 ? "raise-score" : "lower-score"
        case .editNote: "edit-note"
        case .undo: "undo"
        case .redo: "redo"
        case .save: "save"
        case .newYear: "new-year"
        case .copyPreviousYear: "copy-previous-year"
        case .addCountry: "add-country"
        case .deleteCountry: "delete-country"
        case .showLog: "show-log"
        case .commandLine: "command-line"
        case .copy: "copy"
        case .writeReport: "write-report"
        case .compare(let action): action.name
        case .conflict(let action): action.name
        case .show(let screen): "show-" + screen
        case .dialog(let action): action.name
        }
    }
}

extension CompareAction {
    /// The config name of a comparison key.
    var name: String {
        switch self {
        case .start: "compare"
        case .mark: "compare-mark"
        case .swap: "compare-swap"
        case .pickB: "compare-choose-b"
        case .onlyDiffering: "compare-only-differing"
        case .year(let side, let step): "compare-\(side == .a ? "a" : "b")-\(step > 0 ? "next" : "previous")-year"
        }
    }
}

extension DialogAction {
    /// The config name of a dialog key.
    var name: String {
        switch self {
        case .yes: "yes"
        case .no: "no"
        case .saveAndQuit: "save-and-quit"
        case .discardAndQuit: "discard-and-quit"
        case .cancel: "cancel"
        case .recover: "recover"
        case .setAside: "set-aside"
        case .quitNow: "quit-now"
        case .close: "close"
        }
    }
}
