/// The commented starting file `migof config --init` writes. Every setting is commented out,
/// so writing it changes nothing until the user uncomments a line.
public enum ConfigTemplate {
    public static let text = """
        # migof configuration (TOML). Uncomment a line to change a setting.
        # Precedence: command-line flags, then environment variables, then this file, then defaults.
        # `migof config` prints every setting in effect and where it came from.

        # Colour theme: dark, light, high-contrast, monochrome, colorblind, colorblind-light,
        # or the name of a file in ~/.config/migof/themes/. Overridden by --theme and $MIGOF_THEME;
        # a theme set here wins over $NO_COLOR.
        # theme = "dark"

        # The store file. `~/` is your home; a relative path is relative to this folder.
        # Overridden by --store and $MIGOF_STORE.
        # store = "~/.local/share/migof/store.json"

        # The framework file (areas, indicators, rating scale); default: the bundled one.
        # Overridden by --framework and $MIGOF_FRAMEWORK.
        # framework = "~/frameworks/mgi.json"

        # The name the audit trail records for your changes; default: $USER, else your login name.
        # Overridden by $MIGOF_USER.
        # user = "a.analyst"

        # After a digit answers an indicator, move to the next unanswered one (on by default).
        # auto-advance = false

        # Mouse clicks and the wheel in the dashboard; --no-mouse turns it off for one run.
        # mouse = true

        # The screen the dashboard opens on when no --country or --area is given: home or browser.
        # start-screen = "home"

        # The folder where the dashboard's report key (w, on a profile or a comparison) writes
        # its Markdown and HTML files. Overridden by $MIGOF_REPORT_DIR; default: $XDG_DOCUMENTS_DIR,
        # else the folder migof was started in. `~/` is your home.
        # report-dir = "~/Documents/migof"

        # Key bindings by action name. Each action takes a list of keys; a key is a character
        # ("q", "Z"), a control key ("C-s"), a named key (Enter, Esc, Tab, S-Tab, Space, Bksp,
        # Del, Ins, Home, End, PgUp, PgDn, Up, Down, Left, Right, F1…F12), or a sequence of
        # keys separated by spaces ("Z Z").
        # [keys]
        # save = ["s", "C-s"]
        # quit = ["q", "Z Z"]

        """
}
